/**
 * The pane's views as tabs: a list of definitions, so adding a view is one more entry. Every view stays
 * mounted and hidden ones keep their state (an open relationship, a lesson's step, a search).
 */
import { makeStyles, Tab, TabList } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useStrings } from './strings-context';

export interface PaneView {
  readonly id: string;
  readonly label: string;
  readonly content: ReactNode;
}

const useStyles = makeStyles({ tabs: { flexWrap: 'wrap' }, panel: { minWidth: 0 } });

export interface ViewTabsProps {
  readonly views: readonly PaneView[];
  readonly selected: string;
  readonly onSelect: (id: string) => void;
}

/** The tab list and the panels, placed by the pane: the browser pane puts its grid beside the panels. */
export function useViewTabs({ views, selected, onSelect }: ViewTabsProps) {
  const strings = useStrings();
  const styles = useStyles();
  const base = useId();
  const list = (
    <TabList
      className={styles.tabs}
      aria-label={strings.relations.views}
      selectedValue={selected}
      onTabSelect={(_, data) => onSelect(String(data.value))}
    >
      {views.map((view) => (
        <Tab key={view.id} id={`${base}-tab-${view.id}`} value={view.id} data-view={view.id}>
          {view.label}
        </Tab>
      ))}
    </TabList>
  );
  const panels = views.map((view) => (
    <div
      key={view.id}
      className={styles.panel}
      role="tabpanel"
      aria-labelledby={`${base}-tab-${view.id}`}
      hidden={view.id !== selected}
      data-view-panel={view.id}
    >
      {view.content}
    </div>
  ));
  return { list, panels };
}
