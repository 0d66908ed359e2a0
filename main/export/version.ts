// The app version written in the workbook's headers.
import pkg from '../../package.json';

export const APP_VERSION: string = pkg.version;
