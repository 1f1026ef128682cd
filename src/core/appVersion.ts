import packageJson from '../../package.json';

/** The version users see and that is recorded in exports. */
export const APP_VERSION: string = packageJson.version;
