import { Worker } from "bullmq";
import { DataSource } from "typeorm";
import { QueueName } from "@clustermeet/contracts";
import { User } from "@clustermeet/database";
import { Actor, ScheduleRunService } from "@clustermeet/domain";
import {
  DEMO_EVENT_ID,
  DEMO_ORGANISER,
  seedDemoEvent,
} from "../../libs/database/src/seeds/demo-event.seed";
import { TEST_REDIS_URL } from "../support/test-stack";
import { integrationSuite } from "../support/suite";

const suite = integrationSuite({ worker: false });
let worker: Worker | undefined;

afterAll(async () => {
  await worker?.close();
});

/**
 * The run state is read from Redis in more than one step while a worker may finish the job in
 * between. Quick jobs polled without pause make that interleaving common, so an order of reads that
 * lets it through shows up here as a completed run without its version.
 */
describe("the schedule run state while a worker finishes the job", () => {
  it('is never "completed" without the version the run produced', async () => {
    const db = suite.stack.api.get(DataSource);
    await seedDemoEvent(db);
    const organiser = await db
      .getRepository(User)
      .findOneByOrFail({ email: DEMO_ORGANISER.email });
    const actor: Actor = {
      kind: "staff",
      userId: organiser.id,
      organisationId: organiser.organisationId,
    };
    const runs = suite.stack.api.get(ScheduleRunService);

    let finished = 0;
    // Stands in for the solver: a real BullMQ worker on the api's queue that returns a version after a
    // few milliseconds, so that the job finishes while the state is being read.
    worker = new Worker(
      QueueName.Schedule,
      async () => {
        await new Promise((resolve) =>
          setTimeout(resolve, 2 + Math.random() * 8),
        );
        return { versionId: `version-${++finished}` };
      },
      {
        connection: { url: TEST_REDIS_URL },
        prefix: suite.stack.queuePrefix,
      },
    );

    const seen: string[] = [];
    for (let run = 0; run < 150; run++) {
      await runs.start(actor, DEMO_EVENT_ID, { timeLimitMs: 1_000 });
      for (;;) {
        const state = await runs.state(actor, DEMO_EVENT_ID);
        if (state.state === "failed")
          throw new Error(`run failed: ${state.error}`);
        if (state.state !== "completed") continue;
        seen.push(state.versionId ?? "none");
        break;
      }
    }
    expect(seen.filter((versionId) => versionId === "none")).toEqual([]);
    expect(new Set(seen).size).toBe(150);
  });
});
