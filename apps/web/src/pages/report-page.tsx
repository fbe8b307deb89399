import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EventPageLinks } from '../components/event-page-links';
import { Link, useParams } from 'react-router';
import { PageState } from '../components/page-state';
import { BreakdownTable } from '../components/report/breakdown-table';
import { HeadlineFigures } from '../components/report/headline-figures';
import { MeetingsPerSlotChart } from '../components/report/meetings-per-slot-chart';
import { OutcomesChart } from '../components/report/outcomes-chart';
import { useReportLabels } from '../components/report/report-labels';
import { ReportExports } from '../components/report/report-exports';
import { ReportRowsDrawer } from '../components/report/report-rows-drawer';
import { EditionsComparison } from '../components/report/editions-comparison';
import { SuccessStoriesSection } from '../components/success-stories/success-stories-section';
import { currentLocale } from '../i18n';
import { useEventDetail, useEventReport } from '../queries';
import { formatDateTime } from '../time-zone';

/** What the event achieved, for the organiser's board and funders; every figure opens the rows it counts. */
export function ReportPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const event = useEventDetail(eventId);
  const report = useEventReport(eventId);
  const labels = useReportLabels(event.data);

  const header = (
    <Stack gap={2}>
      <Title order={1}>{t('report.title')}</Title>
      <EventPageLinks eventId={eventId} eventName={event.data?.name} current="report">
        <Anchor component={Link} to={`/events/${eventId}/setup/evaluation`} size="sm">
          {t('report.evaluationSettings')}
        </Anchor>
      </EventPageLinks>
    </Stack>
  );

  if (!report.data) {
    return (
      <Stack gap="md">
        {header}
        <PageState error={report.error} />
      </Stack>
    );
  }
  const r = report.data;
  const p = r.participants;

  return (
    <Stack gap="md">
      {header}
      <Text size="sm" c="dimmed">
        {t('report.generatedAt', { time: formatDateTime(r.generatedAt, labels.timeZone, currentLocale()) })}
      </Text>
      <ReportExports eventId={eventId} />

      <HeadlineFigures eventId={eventId} report={r} labels={labels} />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <MeetingsPerSlotChart slots={r.meetingsPerSlot} labels={labels} />
        <OutcomesChart months={r.outcomesOverTime} totals={r.collaborations} labels={labels} />
      </SimpleGrid>

      <Stack gap="sm" component="section" aria-labelledby="report-breakdowns-heading">
        <Title order={2} size="h4" id="report-breakdowns-heading">
          {t('report.breakdownsHeading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('report.breakdownsHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {(
            [
              ['participants.byCountry', 'profile.country'],
              ['participants.byRegion', 'profile.region'],
              ['participants.bySector', 'report.sector'],
              ['participants.byOrganisationType', 'profile.organisationType'],
              ['participants.bySizeBand', 'profile.sizeBand'],
              ['participants.byRecruitingPartner', 'report.recruitingPartner'],
            ] as const
          ).map(([metric, keyHeading]) => (
            <BreakdownTable
              key={metric}
              title={t(`report.metrics.${metric}`)}
              keyHeading={t(keyHeading)}
              columns={[{ metric, heading: t('report.participants'), rows: p[metric.slice('participants.'.length) as 'byCountry'] }]}
              labels={labels}
              testId={`report-breakdown-${metric}`}
            />
          ))}
          <BreakdownTable
            title={t('report.collaborationKinds')}
            keyHeading={t('report.kind')}
            columns={[
              { metric: 'collaborations.possible', heading: t('report.possible'), rows: r.collaborations.possible },
              { metric: 'collaborations.concreteByKind', heading: t('report.concrete'), rows: r.collaborations.concreteByKind },
            ]}
            labels={labels}
            testId="report-breakdown-collaborations"
          />
        </SimpleGrid>
      </Stack>

      <EditionsComparison eventId={eventId} />

      <SuccessStoriesSection eventId={eventId} timeZone={labels.timeZone} />

      <ReportRowsDrawer eventId={eventId} report={r} labels={labels} />
    </Stack>
  );
}
