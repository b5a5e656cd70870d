import fc from 'fast-check';
import { PLEDGE_STATES } from '../pledge-states.ts';
import { credentialStatusOf, setStatusBit, STATUS_LIST_BITS, statusBit, statusPosition } from '../credentials.ts';

describe('status list bits', () => {
  it('numbers bits from the most significant bit of the first byte (W3C Bitstring Status List)', () => {
    const bits = new Uint8Array(2);
    setStatusBit(bits, 0, true);
    expect(bits[0]).toBe(0b1000_0000);
    setStatusBit(bits, 9, true);
    expect(bits[1]).toBe(0b0100_0000);
    setStatusBit(bits, 0, false);
    expect(bits[0]).toBe(0);
  });

  it('reads back what it set, and touches no other bit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 31 }), fc.boolean(), (bytes, index, on) => {
        const bits = Uint8Array.from(bytes);
        const before = Uint8Array.from(bytes);
        setStatusBit(bits, index, on);
        expect(statusBit(bits, index)).toBe(on);
        for (let i = 0; i < 32; i++) if (i !== index) expect(statusBit(bits, i)).toBe(statusBit(before, i));
      }),
    );
  });

  it('spreads indexes over lists of 131,072 bits', () => {
    expect(statusPosition(0)).toEqual({ list: 0, bit: 0 });
    expect(statusPosition(STATUS_LIST_BITS - 1)).toEqual({ list: 0, bit: STATUS_LIST_BITS - 1 });
    expect(statusPosition(STATUS_LIST_BITS + 5)).toEqual({ list: 1, bit: 5 });
  });
});

describe('credentialStatusOf', () => {
  it('revokes ended pledges, suspends suspended and unsigned ones, and leaves members in standing alone', () => {
    const table = Object.fromEntries(PLEDGE_STATES.map((s) => [s, credentialStatusOf(s)]));
    expect(table).toEqual({
      pending_signature: { revocation: false, suspension: true },
      active: { revocation: false, suspension: false },
      lapsed: { revocation: false, suspension: false },
      suspended: { revocation: false, suspension: true },
      revoked: { revocation: true, suspension: false },
      withdrawn: { revocation: true, suspension: false },
    });
  });
});
