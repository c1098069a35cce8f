import { describe, expect, it } from 'vitest';

import { decodeExplain, encodeExplain } from './explain';

describe('explanations named in the URL', () => {
  it('round-trips a match reference, names with the separator included', () => {
    const ref = { kind: 'institution' as const, party: '91310115591693856A', candidate: '上海~知识产权服务中心' };
    expect(decodeExplain(encodeExplain(ref))).toEqual(ref);
  });

  it('rejects unknown kinds and missing parts', () => {
    expect(decodeExplain('nope~a~b')).toBeNull();
    expect(decodeExplain('firm~机构')).toBeNull();
    expect(decodeExplain(undefined)).toBeNull();
  });
});
