/**
 * A bag of disposables, so that each feature registration can be undone together.
 */
import type { Disposable } from 'vscode-languageserver';

/** Collects disposables and disposes them in reverse order. */
export class DisposableStore implements Disposable {
  readonly #items: Disposable[] = [];

  /** Adds an item and returns it. */
  add<T extends Disposable>(item: T): T {
    this.#items.push(item);
    return item;
  }

  dispose(): void {
    for (const item of this.#items.splice(0).reverse()) {
      item.dispose();
    }
  }
}
