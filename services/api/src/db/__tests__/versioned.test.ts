import { ErrorCode } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { createVendor } from '../../../test/factories.ts';
import { Vendor } from '../../modules/vendors/index.ts';
import { AppError } from '../../plugins/errors.ts';
import { updateVersioned } from '../versioned.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('updateVersioned', () => {
  it('writes while the row has the version read, bumps it and answers the new row', async () => {
    const vendor = await createVendor(t.db);
    const updated = await updateVersioned(t.db.manager, Vendor, vendor, { name: 'Renamed Ltd' });
    expect(updated).toMatchObject({ id: vendor.id, name: 'Renamed Ltd', version: vendor.version + 1 });
  });

  it('refuses a write from a reader who saw an older version, and keeps the newer write', async () => {
    const vendor = await createVendor(t.db);
    await updateVersioned(t.db.manager, Vendor, vendor, { name: 'First writer' });
    await expect(updateVersioned(t.db.manager, Vendor, vendor, { name: 'Second writer' })).rejects.toMatchObject({ code: ErrorCode.Conflict });
    expect(await t.db.getRepository(Vendor).findOneByOrFail({ id: vendor.id })).toMatchObject({ name: 'First writer', version: vendor.version + 1 });
  });

  it('answers the error the caller names for a stale version', async () => {
    const vendor = await createVendor(t.db);
    const stale = () => new AppError(ErrorCode.PreconditionFailed, 'reload first');
    await expect(updateVersioned(t.db.manager, Vendor, { id: vendor.id, version: vendor.version + 5 }, { name: 'x' }, stale)).rejects.toMatchObject({ code: ErrorCode.PreconditionFailed });
  });
});
