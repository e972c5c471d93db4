// Why the community list could not be updated, in words (issue 11 item 7: no English network error in the Chinese
// UI). The updater stores "<code>: <detail>" (lib/risk-list/updater-state.ts); the code picks the sentence here,
// the English detail stays under 技术细节.
import { uiMirrorsZh } from './ui-mirrors.zh-CN';

export const uiListZh = {
  ...uiMirrorsZh,
  'list-error.network': '连不上名单的下载地址（可能是网络不通，或该网站在你所在的地区无法访问）。卡盾会继续使用现有名单，稍后自动再试。',
  'list-error.timeout': '下载名单超时。卡盾会继续使用现有名单，稍后自动再试。',
  'list-error.http': '名单的下载地址返回了错误。卡盾会继续使用现有名单，稍后自动再试。',
  'list-error.too-large': '下载到的名单过大，卡盾没有采用。现有名单继续有效。',
  'list-error.redirect-loop': '名单的下载地址跳转过多或跳到了不安全的地址，卡盾没有采用。',
  'list-error.bad-signature': '下载到的名单签名不对，可能被篡改，卡盾没有采用。现有名单继续有效。',
  'list-error.malformed': '下载到的名单内容无法识别，卡盾没有采用。现有名单继续有效。',
  'list-error.rollback': '下载到的名单比正在使用的更旧，卡盾没有采用（防止被换回旧名单）。',
  'list-error.import': '名单保存到本机时出错。现有名单继续有效。',
  'list-error.internal': '卡盾内部出错，名单没有更新。现有名单继续有效。',
  'list-error.backoff': '刚才的更新没有成功，卡盾稍后会自动再试。现有名单继续有效。',
  'list-error.details': '技术细节',
} as const;
