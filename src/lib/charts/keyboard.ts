/** A chart mark that acts like a button: Enter or Space does what a click does. */
export function onActivate(act: () => void): (e: KeyboardEvent) => void {
	return (e) => {
		if (e.key === 'Enter' || e.key === ' ') {
			e.preventDefault();
			act();
		}
	};
}
