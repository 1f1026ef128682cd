import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<'textarea'>, 'onBlur' | 'onKeyDown'> & { onSave(): void };

/**
 * A memo that saves when it loses focus or on Ctrl/⌘+Enter; Enter alone is a new line, since
 * memos run to paragraphs.
 */
export function MemoField({ onSave, ...props }: Props) {
  return (
    <textarea
      {...props}
      onBlur={onSave}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          onSave();
        }
      }}
    />
  );
}
