/**
 * Every command's argument schema, by command name. Each area writes its schemas in its own file
 * (documentSchemas.ts, …) and they are spread in here; core/validateArgs runs them at the boundary
 * and api.ts takes each command's argument type from them.
 */
import { autocodeSchemas } from './autocodeSchemas';
import { backupSchemas } from './backupSchemas';
import { codingSchemas } from './codingSchemas';
import { documentSchemas } from './documentSchemas';
import { entitySchemas } from './entitySchemas';
import { importSchemas } from './importSchemas';
import { interchangeSchemas } from './interchangeSchemas';
import { noteSchemas } from './noteSchemas';
import { passageSchemas } from './passageSchemas';
import { quoteSchemas } from './quoteSchemas';
import { searchSchemas } from './searchSchemas';
import { tagSchemas } from './tagSchemas';
import { analysisSchemas } from './analysisSchemas';

export const commandSchemas = {
  ...documentSchemas,
  ...searchSchemas,
  ...importSchemas,
  ...tagSchemas,
  ...passageSchemas,
  ...quoteSchemas,
  ...codingSchemas,
  ...autocodeSchemas,
  ...noteSchemas,
  ...interchangeSchemas,
  ...entitySchemas,
  ...backupSchemas,
  ...analysisSchemas,
};
