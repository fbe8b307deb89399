import { InitialSchema1795426896334 } from './1795426896334-initial-schema';
import { OnlineVideoLinks1795428409717 } from './1795428409717-online-video-links';

/** Listed explicitly (no glob) so the same list works compiled, in Jest and in the CLI. */
export const migrations = [InitialSchema1795426896334, OnlineVideoLinks1795428409717];
