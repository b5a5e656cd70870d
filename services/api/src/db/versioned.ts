import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { ErrorCode } from '@cep/shared';
import { AppError } from '../plugins/errors.ts';

interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

/**
 * The one way to change a row that carries a version (CONVENTIONS 23): the update applies only
 * while the row still has the version the caller read, bumps it, and answers the new row. Someone
 * else's change in between is an error (409 unless the caller names its own, such as a 412 for a
 * stale If-Match), never a lost write.
 */
export async function updateVersioned<E extends Versioned>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  current: Pick<E, 'id' | 'version'>,
  changes: Partial<Omit<E, 'id' | 'version'>>,
  stale: () => AppError = () => new AppError(ErrorCode.Conflict, 'Someone else changed this at the same moment; reload and try again'),
): Promise<E> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<E>)
    .where('id = :id AND version = :version', { id: current.id, version: current.version })
    .execute();
  if (result.affected !== 1) throw stale();
  return manager.getRepository(entity).findOneByOrFail({ id: current.id } as FindOptionsWhere<E>);
}
