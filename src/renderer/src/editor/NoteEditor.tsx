import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $createParagraphNode, $getRoot, $getSelection, $isParagraphNode, $isRangeSelection } from 'lexical';
import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';
import './editor.css';
import type { PassageRow } from '../../../shared/model';
import { CitationStore } from './citations/CitationStore';
import { editorTheme } from './editorTheme';
import { EditorServicesContext, type EditorServices } from './EditorServices';
import { $createPassageEmbedNode, type PassageSnapshot } from './nodes/PassageEmbedNode';
import { noteNodes } from './noteNodes';
import { AutosavePlugin, type AutosaveTarget } from './plugins/AutosavePlugin/AutosavePlugin';
import { CitationsPlugin } from './plugins/CitationsPlugin/CitationsPlugin';
import { CleanPastePlugin } from './plugins/CleanPastePlugin/CleanPastePlugin';
import { LinkTypeaheadPlugin } from './plugins/LinkTypeaheadPlugin/LinkTypeaheadPlugin';
import { NOTE_TRANSFORMERS } from './plugins/MarkdownShortcuts/markdownTransformers';
import { PassageDropPlugin } from './plugins/PassageDropPlugin/PassageDropPlugin';
import { PassageEmbedPlugin } from './plugins/PassageEmbedPlugin/PassageEmbedPlugin';
import { QuotePalette } from './plugins/QuotePalette/QuotePalette';
import { SelectedDecoratorPlugin } from './plugins/SelectedDecoratorPlugin/SelectedDecoratorPlugin';
import { SlashMenuPlugin } from './plugins/SlashMenuPlugin/SlashMenuPlugin';
import { TagTypeaheadPlugin } from './plugins/TagTypeaheadPlugin/TagTypeaheadPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin/ToolbarPlugin';

export type NoteNavigation = Omit<EditorServices, 'citations'>;

interface Props {
  noteId: number;
  /** The note's Lexical JSON; read once, when the editor mounts (remount to load another state). */
  initialJson: string;
  saver: AutosaveTarget;
  navigation: NoteNavigation;
  /** Above the text, inside the page (the title). */
  header?: ReactNode;
  /** Below the text, inside the page (backlinks). */
  footer?: ReactNode;
}

/**
 * A note's rich-text editor: Lexical with headings, lists, check lists, quotes, code, tables,
 * links, Markdown shortcuts, a slash menu, `[[` links, `#` tags and quote embeds that stay live.
 * Nothing here does work proportional to the document per keystroke: autosave serializes only
 * when it writes, quote data arrives in one batch, and embeds re-render only when theirs changes.
 */
export const NoteEditor = memo(function NoteEditor({
  noteId,
  initialJson,
  saver,
  navigation,
  header,
  footer,
}: Props) {
  const citations = useMemo(() => new CitationStore(), []);
  const services = useMemo<EditorServices>(() => ({ ...navigation, citations }), [navigation, citations]);
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'lectern-note',
    theme: editorTheme,
    nodes: [...noteNodes],
    editorState: initialJson,
    onError: (error: Error) => {
      // Lexical reports, rather than throws, errors it recovers from; keep them visible.
      console.error(error);
    },
  }));
  const [palette, setPalette] = useState(false);
  const openPalette = useCallback(() => setPalette(true), []);

  return (
    <EditorServicesContext.Provider value={services}>
      <LexicalComposer initialConfig={initialConfig}>
        <div className="note-editor-shell">
          <ToolbarPlugin onQuotePalette={openPalette} />
          <div className="note-scroll">
            <div className="note-page">
              {header}
              <RichTextPlugin
                contentEditable={
                  <ContentEditable
                    className="note-content"
                    data-testid="note-editor"
                    aria-label="Note text"
                    aria-placeholder="Write, type / for blocks, [[ to link, or drag a passage in from the reader"
                    placeholder={
                      <div className="note-placeholder">
                        Write here. Type <kbd>/</kbd> for blocks, <kbd>[[</kbd> to link a note, or drag a
                        passage in from the reader.
                      </div>
                    }
                  />
                }
                ErrorBoundary={LexicalErrorBoundary}
              />
              <PassageDropPlugin />
              {footer}
            </div>
          </div>
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <CheckListPlugin />
        <LinkPlugin />
        <TablePlugin />
        <HorizontalRulePlugin />
        <TabIndentationPlugin />
        <MarkdownShortcutPlugin transformers={NOTE_TRANSFORMERS} />
        <SlashMenuPlugin onQuotePalette={openPalette} />
        <LinkTypeaheadPlugin noteId={noteId} />
        <TagTypeaheadPlugin />
        <CleanPastePlugin />
        <CitationsPlugin />
        <PassageEmbedPlugin />
        <SelectedDecoratorPlugin />
        <AutosavePlugin saver={saver} />
        {palette ? <QuoteInserter citations={citations} onDone={() => setPalette(false)} /> : null}
      </LexicalComposer>
    </EditorServicesContext.Provider>
  );
});

/** The quote palette, inserting the chosen passage where the caret was. */
function QuoteInserter({ citations, onDone }: { citations: CitationStore; onDone(): void }) {
  const [editor] = useLexicalComposerContext();
  const pick = (row: PassageRow) => {
    const snapshot: PassageSnapshot = {
      exact: row.exact,
      speaker: row.speaker,
      document_id: row.document_id,
      document_title: row.document_title,
      source: row.document_source,
      published_at: row.document_published_at,
    };
    // The row already holds what the engine would answer, so the new embed needs no round trip.
    citations.set([{ passage_id: row.id, status: row.status, ...snapshot }]);
    editor.update(() => {
      if ($getSelection() === null) $getRoot().selectEnd();
      const embed = $createPassageEmbedNode(row.id, snapshot);
      // An empty line becomes the quote; anywhere else the quote splits the block at the caret.
      const selection = $getSelection();
      const block = $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null;
      if ($isParagraphNode(block) && block.getTextContentSize() === 0) block.replace(embed);
      else $insertNodeToNearestRoot(embed);
      if (embed.getNextSibling() === null) embed.insertAfter($createParagraphNode());
      embed.selectNext();
    });
    onDone();
    editor.focus();
  };
  return (
    <QuotePalette
      onPick={pick}
      onClose={() => {
        onDone();
        editor.focus();
      }}
    />
  );
}
