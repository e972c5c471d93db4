// The law every personal-payment text cites, once for the payment detectors' texts.
export const PAYMENT_LAWS = {
  'zh-CN': '经营支付业务须取得支付业务许可（非银行支付机构监督管理条例，国务院令第768号）；出租、出借收款账户或支付账户违反反电信网络诈骗法第三十一条，为诈骗分子代收款（“跑分”）可能构成帮助信息网络犯罪活动罪（刑法第二百八十七条之二）。',
  en: "Running a payment business needs a payment licence (Regulations on the Supervision of Non-Bank Payment Institutions, State Council Order No. 768); renting out or lending collection and payment accounts breaks the Anti-Telecom and Online Fraud Law (art. 31), and collecting money for fraudsters (\"跑分\") can be the crime of aiding information-network crime (Criminal Law art. 287-2).",
} as const;
