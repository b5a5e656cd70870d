import { COMPLAINT_STATES, ComplaintState } from '../complaint-states.ts';
import { messageRefusal, type Party } from '../complaint-conversation.ts';

const now = new Date('2026-06-10T12:00:00Z');
const later = new Date('2026-06-20T12:00:00Z');
const earlier = new Date('2026-06-01T12:00:00Z');
const allowedIn = (from: Party, to: Party, responseDueAt: Date | null = later) => COMPLAINT_STATES.filter((state) => messageRefusal({ from, to, state, now, responseDueAt }) === null);

describe('the complaint conversation', () => {
  it('lets the registry ask the complainant, and the complainant answer, while the complaint is open', () => {
    expect(allowedIn('registry', 'complainant')).toEqual([ComplaintState.Confirmed, ComplaintState.Forwarded, ComplaintState.Responded]);
    expect(allowedIn('complainant', 'registry')).toEqual([ComplaintState.Confirmed, ComplaintState.Forwarded, ComplaintState.Responded]);
  });

  it('lets the registry and the vendor write to each other only once the vendor sees the complaint', () => {
    expect(allowedIn('registry', 'vendor')).toEqual([ComplaintState.Forwarded, ComplaintState.Responded]);
    expect(allowedIn('vendor', 'registry')).toEqual([ComplaintState.Forwarded, ComplaintState.Responded]);
    expect(messageRefusal({ from: 'registry', to: 'vendor', state: ComplaintState.Confirmed, now, responseDueAt: null })).toMatch(/only once it is forwarded/);
  });

  it('lets the vendor write to the complainant again after its response, until its deadline', () => {
    expect(allowedIn('vendor', 'complainant')).toEqual([ComplaintState.Responded]);
    expect(allowedIn('vendor', 'complainant', earlier)).toEqual([]);
    expect(allowedIn('vendor', 'complainant', now)).toEqual([]);
    expect(messageRefusal({ from: 'vendor', to: 'complainant', state: ComplaintState.Forwarded, now, responseDueAt: later })).toMatch(/respond first/);
    expect(messageRefusal({ from: 'vendor', to: 'complainant', state: ComplaintState.Responded, now, responseDueAt: earlier })).toMatch(/deadline has passed/);
  });

  it('carries nothing between the complainant and the vendor directly, nor to oneself', () => {
    expect(allowedIn('complainant', 'vendor')).toEqual([]);
    expect(allowedIn('registry', 'registry')).toEqual([]);
  });
});
