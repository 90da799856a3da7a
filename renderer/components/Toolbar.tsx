/** The top bar: documents, search, view switches, layout, labels, history, tools, export, theme and language. */
import type { ReactNode } from 'react';
import type { Lang, Strings } from '../i18n';
import type { LabelMode, LayoutName, Sizing, Theme, ViewState } from '../state/view';
import { MenuButton } from './Menu';

interface Props {
  t: Strings;
  view: ViewState;
  tab: 'graph' | 'matrix' | 'overview';
  canUndo: boolean;
  canRedo: boolean;
  pathOpen: boolean;
  filtersOpen: boolean;
  search: ReactNode;
  exportMenu: ReactNode;
  onOpen(): void;
  onOpenFolder(): void;
  onOpenWorkspace(): void;
  onSaveWorkspace(): void;
  onTab(tab: 'graph' | 'matrix' | 'overview'): void;
  onLayout(layout: LayoutName): void;
  onRelayout(): void;
  onLabelMode(mode: LabelMode): void;
  onLanguage(lang: Lang): void;
  onTheme(theme: Theme): void;
  onSizing(sizing: Sizing): void;
  onUndo(): void;
  onRedo(): void;
  onTogglePath(): void;
  onToggleFilters(): void;
  onAbout(): void;
}

const Icon = ({ d }: { d: string }) => (
  <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true" focusable="false"><path d={d} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" /></svg>
);

export function Toolbar(p: Props) {
  const { t, view } = p;
  return (
    <header className="toolbar" role="toolbar" aria-label={t.toolbar}>
      <div className="brand">
        <img src="./icon.svg" alt="" width="22" height="22" />
        <span>Remit</span>
      </div>
      <button type="button" className={`icon-btn${p.filtersOpen ? ' on' : ''}`} aria-pressed={p.filtersOpen} aria-label={p.filtersOpen ? t.hideFilters : t.showFilters} title={p.filtersOpen ? t.hideFilters : t.showFilters} onClick={p.onToggleFilters}>
        <Icon d="M2 3h12l-4.5 5.5V13l-3 1.5V8.5z" />
      </button>
      <button type="button" className="btn primary" title={t.openTitle} onClick={p.onOpen}>{t.open}</button>
      <MenuButton
        label={t.saveWorkspace + ' / ' + t.openWorkspace}
        title={`${t.openFolder} · ${t.openWorkspace} · ${t.saveWorkspace}`}
        items={[
          { label: t.openFolder, onSelect: p.onOpenFolder },
          { label: t.openWorkspace, onSelect: p.onOpenWorkspace },
          { label: t.saveWorkspace, onSelect: p.onSaveWorkspace },
          { label: t.about, onSelect: p.onAbout },
        ]}
      >
        <Icon d="M3 4h10M3 8h10M3 12h10" />
      </MenuButton>
      <div className="search-slot">{p.search}</div>
      <div className="tabs" role="tablist" aria-label={t.view}>
        <button type="button" role="tab" aria-selected={p.tab === 'overview'} className={p.tab === 'overview' ? 'on' : undefined} onClick={() => p.onTab('overview')}>{t.overview}</button>
        <button type="button" role="tab" aria-selected={p.tab === 'graph'} className={p.tab === 'graph' ? 'on' : undefined} onClick={() => p.onTab('graph')}>{t.graphView}</button>
        <button type="button" role="tab" aria-selected={p.tab === 'matrix'} className={p.tab === 'matrix' ? 'on' : undefined} onClick={() => p.onTab('matrix')}>{t.matrix}</button>
      </div>
      <label className="field">
        <span className="visually-hidden">{t.layout}</span>
        <select aria-label={t.layout} value={view.layout} onChange={(e) => p.onLayout(e.target.value as LayoutName)}>
          <option value="force">{t.layoutForce}</option>
          <option value="concentric">{t.layoutConcentric}</option>
          <option value="tree">{t.layoutTree}</option>
          <option value="responsibility">{t.layoutResponsibility}</option>
        </select>
      </label>
      <button type="button" className="icon-btn" aria-label={t.relayout} title={t.relayout} onClick={p.onRelayout}>
        <Icon d="M13 8a5 5 0 1 1-1.5-3.5M13 2.5v3h-3" />
      </button>
      <label className="field">
        <span className="visually-hidden">{t.labels}</span>
        <select aria-label={t.labels} value={view.labelMode} onChange={(e) => p.onLabelMode(e.target.value as LabelMode)} title={t.labels}>
          <option value="both">{t.labels}: {t.labelsBoth}</option>
          <option value="zh">{t.labels}: 中文</option>
          <option value="en">{t.labels}: English</option>
        </select>
      </label>
      <label className="field">
        <span className="visually-hidden">{t.sizing}</span>
        <select aria-label={t.sizing} value={view.sizing} onChange={(e) => p.onSizing(e.target.value as Sizing)} title={t.sizing}>
          <option value="none">{t.sizeNone}</option>
          <option value="degree">{t.sizeDegree}</option>
          <option value="betweenness">{t.sizeBetweenness}</option>
        </select>
      </label>
      <div className="group" role="group" aria-label={`${t.undo} / ${t.redo}`}>
        <button type="button" className="icon-btn" aria-label={t.undo} title={`${t.undo} (Ctrl+Z)`} disabled={!p.canUndo} onClick={p.onUndo}>
          <Icon d="M5 3L2 6l3 3M2 6h7a4 4 0 0 1 0 8H6" />
        </button>
        <button type="button" className="icon-btn" aria-label={t.redo} title={`${t.redo} (Ctrl+Shift+Z)`} disabled={!p.canRedo} onClick={p.onRedo}>
          <Icon d="M11 3l3 3-3 3M14 6H7a4 4 0 0 0 0 8h3" />
        </button>
      </div>
      <button type="button" className={`btn${p.pathOpen ? ' on' : ''}`} aria-pressed={p.pathOpen} title={t.pathFinderTitle} onClick={p.onTogglePath}>{t.pathFinder}</button>
      {p.exportMenu}
      <div className="spacer" />
      <button type="button" className="icon-btn" aria-label={view.theme === 'dark' ? t.toLight : t.toDark} title={view.theme === 'dark' ? t.toLight : t.toDark} onClick={() => p.onTheme(view.theme === 'dark' ? 'light' : 'dark')}>
        {view.theme === 'dark' ? <Icon d="M8 2v1.5M8 12.5V14M2 8h1.5M12.5 8H14M3.8 3.8l1 1M11.2 11.2l1 1M3.8 12.2l1-1M11.2 4.8l1-1M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z" /> : <Icon d="M13 9.5A5.5 5.5 0 0 1 6.5 3a5.5 5.5 0 1 0 6.5 6.5z" />}
      </button>
      <button type="button" className="btn lang" lang={view.language === 'en' ? 'zh-CN' : 'en'} aria-label={`${view.language === 'en' ? '中文' : 'English'} — ${t.language}`} title={t.language} onClick={() => p.onLanguage(view.language === 'en' ? 'zh' : 'en')}>
        {view.language === 'en' ? '中文' : 'EN'}
      </button>
    </header>
  );
}
