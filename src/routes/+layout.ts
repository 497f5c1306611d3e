// Every page is prerendered to static files: the app runs from any static server, offline.
export const prerender = true;
