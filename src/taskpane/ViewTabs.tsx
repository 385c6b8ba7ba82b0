/**
 * The pane's views as tabs: a list of definitions, so adding a view is one more entry. Every view stays
 * mounted and hidden ones keep their state (an open relationship, a lesson's step, a search). The tabs keep
 * to one row: small tabs, so that five fit the pane's narrowest 320 px; any that still do not fit go into a
 * 更多 menu at the row's end, the selected tab always staying in view.
 */
import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useStrings } from './strings-context';

export interface PaneView {
  readonly id: string;
  readonly label: string;
  readonly content: ReactNode;
}

const useStyles = makeStyles({
  tabs: { flexWrap: 'nowrap', minWidth: 0, overflow: 'hidden' },
  panel: { minWidth: 0 },
  more: { minWidth: 'auto', flexShrink: 0 },
});

export interface ViewTabsProps {
  readonly views: readonly PaneView[];
  readonly selected: string;
  readonly onSelect: (id: string) => void;
}

function MenuEntry({ view, onSelect }: { readonly view: PaneView; readonly onSelect: (id: string) => void }) {
  const visible = useIsOverflowItemVisible(view.id);
  if (visible) return null;
  return (
    <MenuItem data-view-menu={view.id} onClick={() => onSelect(view.id)}>
      {view.label}
    </MenuItem>
  );
}

/** The 更多 button, shown only while some tabs do not fit. */
function MoreTabs({ views, onSelect }: Omit<ViewTabsProps, 'selected'>) {
  const strings = useStrings();
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          className={styles.more}
          data-more-views={overflowCount}
          aria-label={strings.relations.moreViews(overflowCount)}
        >
          {strings.relations.more}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {views.map((view) => (
            <MenuEntry key={view.id} view={view} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** The tab list and the panels, placed by the pane: the browser pane puts its grid beside the panels. */
export function useViewTabs({ views, selected, onSelect }: ViewTabsProps) {
  const strings = useStrings();
  const styles = useStyles();
  const base = useId();
  const list = (
    <Overflow minimumVisible={2}>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={strings.relations.views}
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(String(data.value))}
      >
        {views.map((view) => (
          <OverflowItem key={view.id} id={view.id} priority={view.id === selected ? 2 : 1}>
            <Tab id={`${base}-tab-${view.id}`} value={view.id} data-view={view.id}>
              {view.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs views={views} onSelect={onSelect} />
      </TabList>
    </Overflow>
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
