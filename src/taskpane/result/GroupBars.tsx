// A bar per level-1 indicator: its score against its points, labelled for screen readers too.
import { ProgressBar, makeStyles } from '@fluentui/react-components';
import type { Strings } from '../strings';
import type { GroupView } from '../view';
import { useResultStyles } from './styles';

const useStyles = makeStyles({
  group: { marginBottom: '10px' },
  head: { display: 'flex', justifyContent: 'space-between', gap: '8px', marginBottom: '3px' },
});

export function GroupBars({ groups, strings: s }: { groups: readonly GroupView[]; strings: Strings }) {
  const shared = useResultStyles();
  const styles = useStyles();
  if (groups.length === 0) return null;
  return (
    <section className={shared.section} aria-labelledby="groups-heading">
      <h2 id="groups-heading" className={shared.h2}>
        {s.groupsHeading}
      </h2>
      {groups.map((g) => {
        const lost = Number(g.lost) !== 0;
        const meter = s.groupMeter(g.name, g.score, g.points);
        return (
          <div key={g.name} className={styles.group} data-testid="group">
            <div className={styles.head} aria-hidden="true">
              <span>
                {g.name}
                {g.complete ? '' : s.groupIncomplete}
                {g.kept ? s.groupKept : ''}
              </span>
              <span>
                {lost && g.complete && <span className={shared.lost}>{s.pointsLost(g.lost)} </span>}
                {g.score} / {g.points}
              </span>
            </div>
            <ProgressBar
              value={Number(g.score)}
              max={Number(g.points) || 1}
              thickness="large"
              color={!g.complete ? 'brand' : lost ? 'warning' : 'success'}
              aria-label={meter}
              aria-valuetext={meter}
            />
          </div>
        );
      })}
    </section>
  );
}
