/** A network's own benchmark from its members' export files and links (the network page). */
export { aggregate, MIN_GROUP, safeThreshold, type Count, type GroupFigures, type NetworkSummary } from './aggregate';
export { cleanName, toBenchmarkFile, type BenchmarkFile, type PublishOptions } from './benchmarkFile';
export { identityOf, readInput, type NetworkEntry, type Reading, type Rejection } from './readInput';
export { LEVEL_BOUNDS, statsOf, type Stats } from './stats';
export { validateBenchmark, type BenchmarkCheck } from './validateBenchmark';
export { collect, EMPTY_COLLECTION, type Collected } from './collect';
