import { useEffect, useReducer } from 'preact/hooks';
import type { CaseEditor } from '../../../editing/caseEditor';
import type { SaveState } from '../../../editing/editorItem';

/** The save state of one item; re-renders only this item's block when it changes. */
export function useEditorItem(editor: CaseEditor | null, itemId: string): SaveState {
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!editor) return;
    const unsubscribe = editor.subscribe((id) => {
      if (id === itemId) refresh(undefined);
    });
    return () => {
      unsubscribe();
    };
  }, [editor, itemId]);
  return editor?.state(itemId) ?? { kind: 'idle' };
}
