/**
 * The registry files of a workspace (`entities.json`, `*.entities.json`), parsed, and their merged registry.
 */
import { EMPTY_REGISTRY, parseRegistry, type Registry } from '../analysis/index';
import { ParsedFileSet } from './parsedFileSet';
import type { RegistrySource } from './snapshot';

/** Registry files by key, merged on every change. */
export class RegistrySet extends ParsedFileSet<RegistrySource, Registry> {
  constructor() {
    super(
      (key, document) => ({ key, document, ...parseRegistry(document.getText()) }),
      (sources) => (sources.length === 0 ? EMPTY_REGISTRY : {
        entries: sources.flatMap((s) => s.registry.entries),
        notEntity: new Set(sources.flatMap((s) => [...s.registry.notEntity])),
      }),
    );
  }
}
