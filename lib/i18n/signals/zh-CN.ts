import type { SignalTexts } from './types';

export const signalsZh: SignalTexts = {
  'shop-detected': {
    title: '这是一个卡密 / 充值类网店',
    explain: '页面上有商品、价格和购买入口（或发卡系统的特征）。卡盾会按网店的标准检查它的备案、收款方式和风险名单。',
  },
};
