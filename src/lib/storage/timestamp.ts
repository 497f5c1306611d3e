/** Now, as stored with imports, corrections and backups (ISO 8601, UTC). */
export const timestamp = (): string => new Date().toISOString();
