/** The search combobox: type a Chinese name, an alias, English, an abbreviation (MOST) or pinyin initials (kjb). */
import { forwardRef, useEffect, useId, useMemo, useState } from 'react';
import type { RemitGraph } from '../../core/graph/types';
import { fullLabel } from '../labels';
import type { Strings } from '../i18n';
import { publishSearchHits } from '../graph/search-hits';
import { searchNodes } from '../search/search';
import type { LabelMode, Theme } from '../state/view';
import { KindGlyph } from './KindGlyph';

interface Props {
  graph: RemitGraph;
  version: number;
  keys: Record<string, string[]>;
  labelMode: LabelMode;
  theme: Theme;
  t: Strings;
  onChoose(id: string): void;
}

export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ graph, version, keys, labelMode, theme, t, onChoose }, ref) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(
    () => searchNodes(keys, (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : undefined), query),
    // version: the graph mutates in place
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [keys, query, graph, version],
  );
  const expanded = open && query.trim().length > 0;
  // The canvas labels the hits first while the list is open.
  useEffect(() => publishSearchHits(expanded ? hits.slice(0, 40).map((h) => h.id) : []), [expanded, hits]);
  const choose = (id: string) => {
    onChoose(id);
    setOpen(false);
    setQuery('');
  };
  return (
    <div className="search">
      <svg className="search-icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M7 2a5 5 0 1 0 3.1 8.9l3.5 3.5 1-1-3.5-3.5A5 5 0 0 0 7 2zm0 1.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7z" fill="currentColor" /></svg>
      <input
        ref={ref}
        type="search"
        role="combobox"
        aria-label={t.search}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t.searchPlaceholder}
        value={query}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(hits.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter' && hits[active]) {
            e.preventDefault();
            choose(hits[active].id);
          } else if (e.key === 'Escape') {
            // First Escape clears the query; with nothing typed it leaves the box and reaches the page (clears selection).
            if (query) {
              e.stopPropagation();
              setQuery('');
            } else {
              (e.target as HTMLInputElement).blur();
            }
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={t.search} className="search-list" hidden={!expanded}>
        {expanded && hits.length === 0 && <li className="search-empty" role="option" aria-selected={false} aria-disabled="true">{t.searchNoResults}</li>}
        {expanded &&
          hits.map((hit, i) => {
            const attrs = graph.getNodeAttributes(hit.id);
            const name = fullLabel(attrs, labelMode);
            return (
              <li
                key={hit.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit.id);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <KindGlyph kind={attrs.kind} theme={theme} />
                <span className="search-name" title={name}>{name}</span>
                <span className="search-meta">{t.kind[attrs.kind]}{hit.key.length <= 16 && hit.key !== attrs.label.toLowerCase() && !name.toLowerCase().includes(hit.key) ? ` · ${hit.key}` : ''}</span>
              </li>
            );
          })}
      </ul>
    </div>
  );
});
