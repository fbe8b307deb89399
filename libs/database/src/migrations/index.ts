import { InitialSchema1795426896334 } from './1795426896334-initial-schema';
import { OnlineVideoLinks1795428409717 } from './1795428409717-online-video-links';
import { ParticipantSearch1795428513120 } from './1795428513120-participant-search';
import { Favourites1795428591030 } from './1795428591030-favourites';
import { MeetingRequests1795428724967 } from './1795428724967-meeting-requests';
import { Notifications1795428962945 } from './1795428962945-notifications';
import { ItemSearchVector1795429154229 } from './1795429154229-item-search-vector';
import { BilingualTextSearch1795430000000 } from './1795430000000-bilingual-text-search';
import { ScheduleVersions1795434217867 } from './1795434217867-schedule-versions';
import { EventDay1795435253042 } from './1795435253042-event-day';
import { Evaluations1795438745939 } from './1795438745939-evaluations';
import { PersonalDataRetention1795439326190 } from './1795439326190-personal-data-retention';
import { SuccessStories1795439425781 } from './1795439425781-success-stories';

/** Listed explicitly (no glob) so the same list works compiled, in Jest and in the CLI. */
export const migrations = [InitialSchema1795426896334, OnlineVideoLinks1795428409717, ParticipantSearch1795428513120, Favourites1795428591030, MeetingRequests1795428724967, Notifications1795428962945, ItemSearchVector1795429154229, BilingualTextSearch1795430000000, ScheduleVersions1795434217867, EventDay1795435253042, Evaluations1795438745939, PersonalDataRetention1795439326190, SuccessStories1795439425781];
