/**
 * Every command's argument schema, by command name. Each area writes its schemas in its own file
 * (documentSchemas.ts, …) and they are spread in here. A command without a schema yet is checked
 * by the older hand-written CHECKS in core/validateArgs.ts (being replaced area by area); the
 * compile-time check there makes sure every command has one or the other.
 */
import { documentSchemas } from './documentSchemas';
import { searchSchemas } from './searchSchemas';
import { analysisSchemas } from './analysisSchemas';

export const commandSchemas = {
  ...documentSchemas,
  ...searchSchemas,
  ...analysisSchemas,
};
