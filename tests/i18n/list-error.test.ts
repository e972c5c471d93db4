import { describe, expect, it } from 'vitest';
import { listErrorText } from '../../lib/i18n';

describe('a community-list update failure in words', () => {
  it('names the cause in Chinese and keeps the updater\'s text as the detail', () => {
    const r = listErrorText('zh-CN', 'network: list.example unreachable or refused by CORS');
    expect(r.text).toContain('连不上名单的下载地址');
    expect(r.text).not.toMatch(/[A-Za-z]{3,}/);
    expect(r.detail).toBe('network: list.example unreachable or refused by CORS');
  });

  it('tells a tampered list and an old list apart', () => {
    expect(listErrorText('zh-CN', 'bad-signature: x').text).toContain('签名不对');
    expect(listErrorText('zh-CN', 'rollback: version 3 is below the list in use (4)').text).toContain('更旧');
    expect(listErrorText('zh-CN', 'backoff: next check after 2026-12-05T10:00:00.000Z').text).toContain('稍后会自动再试');
    expect(listErrorText('en', 'timeout: no complete answer').text).toMatch(/timed out/);
  });

  it('reads an unknown or empty reason as an internal error, never as a network verdict', () => {
    expect(listErrorText('zh-CN', 'something odd').text).toContain('卡盾内部出错');
    expect(listErrorText('zh-CN', '').text).toContain('卡盾内部出错');
  });
});
