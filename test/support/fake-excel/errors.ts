// Excel's errors as the stand-in raises them: a code office.js would carry, and a Chinese Excel's wording
// of the message (the add-in must decide by the code, never by the text).

export class FakeExcelError extends Error {
  /** The request action (RichApi action id) whose command failed, when the batch came from office.js. */
  action?: number;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** A Chinese Excel's wording, by code: the add-in must decide by the code, never by these texts. */
const ZH_MESSAGES: Record<string, string> = {
  InvalidArgument: '参数无效或缺失，或格式不正确。',
  InvalidOperation: '不允许执行此操作。',
  AccessDenied: '无法执行请求的操作。',
  ItemNotFound: '请求的资源不存在。',
  ItemAlreadyExists: '正在创建的资源已存在。',
};

export function localised(e: unknown, language: 'en' | 'zh-CN'): unknown {
  if (language === 'en' || !(e instanceof FakeExcelError)) return e;
  const zh = new FakeExcelError(e.code, ZH_MESSAGES[e.code] ?? '发生内部错误。');
  zh.action = e.action;
  return zh;
}
