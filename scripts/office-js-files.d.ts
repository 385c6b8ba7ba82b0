/** Types of office-js-files.js, which webpack.config.js requires as plain JavaScript. */
export function servesOfficeJsFile(relative: string): boolean;
export function officeJsFiles(dist: string): string[];
