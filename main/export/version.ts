// The app version written in the workbook's headers.
import { version } from '../../package.json';

export const APP_VERSION: string = version;
