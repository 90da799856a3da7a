/** A type-ahead combobox over node labels, English names, abbreviations and aliases. */
import { useId, useMemo, useState, type JSX, type KeyboardEvent } from 'react';
import type { NodeKind } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import { plainName } from '../labels';
import type { PanelStrings } from '../i18n';
import type { LabelMode } from '../state/view';

export interface PickerEntry { id: string; kind: NodeKind; name: string; haystack: string }

const KIND_RANK: Record<NodeKind, number> = { agency: 0, platform: 1, region: 2, article: 3, section: 4, document: 5, target: 6 };
const MAX_OPTIONS = 12;

/** Everything a user might type for a node, lower-cased once. */
export function pickerIndex(graph: RemitGraph, mode: LabelMode): PickerEntry[] {
  const out: PickerEntry[] = [];
  graph.forEachNode((id, a) => {
    const parts = [a.label, a.labelEn ?? '', ...a.aliases];
    if (a.kind === 'agency' && a.abbr) parts.push(a.abbr);
    if (a.kind === 'section' || a.kind === 'article') parts.push(a.path, a.heading);
    if (a.kind === 'document' && a.number) parts.push(a.number);
    out.push({ id, kind: a.kind, name: plainName(graph, id, mode), haystack: parts.join('\u0001').toLowerCase() });
  });
  return out.sort((x, y) => KIND_RANK[x.kind] - KIND_RANK[y.kind] || x.name.localeCompare(y.name, 'zh-Hans-CN'));
}

export function filterPicker(index: PickerEntry[], query: string): PickerEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const starts: PickerEntry[] = [];
  const contains: PickerEntry[] = [];
  for (const e of index) {
    const at = e.haystack.indexOf(q);
    if (at < 0) continue;
    // a match at the start of any alternative name ranks first
    if (at === 0 || e.haystack[at - 1] === '\u0001') starts.push(e);
    else contains.push(e);
    if (starts.length >= MAX_OPTIONS) break;
  }
  return [...starts, ...contains].slice(0, MAX_OPTIONS);
}

export function NodePicker(props: {
  label: string;
  index: PickerEntry[];
  value: string | null;
  s: PanelStrings;
  onChange: (id: string | null) => void;
}): JSX.Element {
  const { label, index, value, s, onChange } = props;
  const id = useId();
  const selected = value ? index.find((e) => e.id === value) : undefined;
  const [query, setQuery] = useState(selected?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(() => filterPicker(index, query), [index, query]);
  const shown = open && query.trim() !== '' && (!selected || selected.name !== query);

  const choose = (e: PickerEntry) => {
    setQuery(e.name);
    setOpen(false);
    onChange(e.id);
  };
  const onKey = (ev: KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(options.length - 1, a + 1));
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (ev.key === 'Enter' && shown && options[active]) {
      ev.preventDefault();
      choose(options[active]);
    } else if (ev.key === 'Escape' && shown) {
      ev.preventDefault();
      ev.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="rp-picker">
      <label htmlFor={`${id}-input`} className="rp-picker-label">
        {label}
      </label>
      <input
        id={`${id}-input`}
        className="rp-input"
        role="combobox"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown && options[active] ? `${id}-opt-${active}` : undefined}
        placeholder={s.pickPlaceholder}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          if (value) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
      />
      {shown ? (
        <ul id={`${id}-list`} role="listbox" className="rp-listbox" aria-label={label}>
          {options.length === 0 ? <li className="rp-option rp-muted" role="option" aria-disabled="true" aria-selected={false}>{s.noMatches}</li> : null}
          {options.map((o, i) => (
            <li
              key={o.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={`rp-option${i === active ? ' rp-option-active' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className={`rp-kind rp-kind-${o.kind}`}>{s.kind[o.kind]}</span> <span>{o.name}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
