import type { EntityManager } from 'typeorm';
import { checkpointChanges, type CheckpointData, type ReviewDecision, type Revision } from '@cep/shared';
import { CheckpointRevision } from './checkpoint-revision.entity.ts';

/** The review thread of a period's data (CheckpointRevision): written on submission, completed on review. */

/** A submission as sent: the next number of the thread. */
export async function recordSubmission(manager: EntityManager, checkpointId: string, data: CheckpointData, at: Date): Promise<void> {
  const [row] = (await manager.query(`SELECT coalesce(max(number), 0) + 1 AS next FROM checkpoint_revision WHERE checkpoint_id = $1`, [checkpointId])) as { next: number }[];
  await manager.insert(CheckpointRevision, { checkpointId, number: row?.next ?? 1, submittedAt: at, data, decision: null, notes: null, reviewedAt: null });
}

/** The review of the submission waiting for one. */
export async function recordReview(manager: EntityManager, checkpointId: string, decision: ReviewDecision, notes: string | null, at: Date): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(CheckpointRevision)
    .set({ decision, notes, reviewedAt: at })
    .where('checkpoint_id = :checkpointId AND decision IS NULL', { checkpointId })
    .execute();
}

/** The thread, oldest first, each submission with the fields changed since the one before. */
export async function threadOf(manager: EntityManager, checkpointId: string | undefined): Promise<Revision[]> {
  if (!checkpointId) return [];
  const revisions = await manager.getRepository(CheckpointRevision).find({ where: { checkpointId }, order: { number: 'ASC' } });
  return revisions.map((r, i) => {
    const before = revisions[i - 1];
    return {
      number: r.number,
      submittedAt: r.submittedAt.toISOString(),
      changes: before ? checkpointChanges(before.data, r.data) : [],
      decision: r.decision,
      notes: r.notes,
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
    };
  });
}
