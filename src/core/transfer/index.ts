/** The structure's own copy of its answers: export file, share link, progress. */
export { compareResults, type DimensionProgress, type Progress } from './progress';
export {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  MAX_EXPORT_CHARS,
  MAX_STRUCTURE_NAME,
  cleanStructureName,
  normalizeStructureName,
  parseExport,
  serializeExport,
  type ExportData,
  type ExportError,
  type ExportInput,
  type ParseOptions,
  type ParseOutcome,
} from './exportFile';
export {
  decodeShare,
  encodeShare,
  MAX_SHARE_CHARS,
  readShareFromHash,
  SHARE_PARAM,
  shareFragment,
  type ShareData,
  type ShareError,
  type ShareInput,
  type ShareOutcome,
} from './shareLink';
export { shareAddress } from './shareAddress';
