import { describe, expect, it } from 'vitest';
import { todoHref } from '../todo-href.ts';

describe('todoHref', () => {
  it('leads each to-do to its page', () => {
    expect(todoHref({ page: 'pledge' })).toBe('/vendor/pledge');
    expect(todoHref({ page: 'checkpoint', period: '2026-H1' })).toBe('/vendor/checkpoints/2026-H1');
    expect(todoHref({ page: 'complaint', id: 'abc' })).toBe('/vendor/complaints/abc');
    expect(todoHref({ page: 'complaints' })).toBe('/vendor/complaints');
  });
});
