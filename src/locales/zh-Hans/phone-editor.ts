import type { PhoneSlot } from '../../core/types.js';
import type en from '../en/phone-editor.js';

/** Each slot's phone, inside a sentence. */
const PHONES: Record<PhoneSlot, string> = {
  mobile: '身份验证电话',
  alternate: '备用身份验证电话',
  office: '办公电话',
};

/**
 * Simplified Chinese strings of <mfa-phone-editor>.
 * Loaded when an element first shows Simplified Chinese.
 */
const zhHans: typeof en = {
  phoneEditorNone: '尚未设置电话号码。',
  phoneEditorAdd: '添加',
  phoneEditorChange: '更改',
  phoneEditorRemove: '删除',
  phoneEditorAddNamed: (slot: PhoneSlot) => `添加${PHONES[slot]}`,
  phoneEditorChangeNamed: (slot: PhoneSlot) => `更改${PHONES[slot]}`,
  phoneEditorRemoveNamed: (slot: PhoneSlot) => `删除${PHONES[slot]}`,
  phoneEditorExtensionShown: (extension: string) => `分机 ${extension}`,
  phoneEditorCountry: '国家或地区',
  phoneEditorCountrySearch: '按名称或国际区号查找国家或地区',
  phoneEditorCountryMatches: (count: number, formatted: string) =>
    count === 0 ? '没有匹配的国家或地区。' : `找到 ${formatted} 个匹配项。`,
  phoneEditorCountryOption: (name: string, callingCode: string) => `${name}（\u2066+${callingCode}\u2069）`,
  phoneEditorNumber: '电话号码',
  phoneEditorNumberHint: '以 + 或 00 开头时，会自动选择国家或地区。',
  phoneEditorExtension: '分机号（可选）',
  phoneEditorExtensionInvalid: '分机号只能包含数字，最多 10 位。',
  phoneEditorChannel: '你希望如何接收验证码？',
  phoneEditorChannelText: '发送短信验证码给我',
  phoneEditorChannelCall: '呼叫我并告知验证码',
  phoneEditorCallOnly: '我们将呼叫此电话，通过语音告知验证码。办公电话不支持短信。',
  phoneEditorSend: '发送验证码',
  phoneEditorSending: '正在发送…',
  phoneEditorSendFailed: '验证码可能未发送。',
  phoneEditorLoadFailed: '无法加载电话号码组件。请重试，或重新加载页面。',
  phoneEditorExtracted: '我们已从粘贴的文本中提取电话号码。发送前请核对。',
  phoneEditorExtractedExtension: '我们已从粘贴的文本中提取电话号码及其分机号。发送前请核对。',
  phoneProblemEmpty: '请输入电话号码。',
  phoneProblemLonePlus: '请在 + 后输入国际区号和号码。',
  phoneProblemNotANumber: '电话号码只能包含数字，开头可以有 +。请删除字母和符号。',
  phoneProblemTooShort: (region: string) => `对于${region}的号码来说，此号码太短。请检查是否缺少数字。`,
  phoneProblemTooLong: (region: string) => `对于${region}的号码来说，此号码太长。请检查是否多输入了数字。`,
  phoneProblemInvalidCountry: '没有国家或地区使用此国际区号。请检查 + 后的数字。',
  phoneProblemInvalidForRegion: (region: string) => `这不是有效的${region}电话号码。`,
  phoneProblemCannotReceiveText: '此号码无法接收短信。请使用手机号码，或选择“呼叫我并告知验证码”。',
  phoneProblemNotAllowed: '无法向此类号码发送验证码。请使用其他号码。',
  phoneEditorSentText: (number: string) => `我们已向 ${number} 发送了包含验证码的短信。`,
  phoneEditorSentCall: (number: string) => `我们正在呼叫 ${number}，将通过语音告知验证码。`,
  phoneEditorSentCallExtension: (number: string, extension: string) => `我们正在呼叫 ${number} 转分机 ${extension}，将通过语音告知验证码。`,
  phoneEditorChangeNumber: '更改号码',
  phoneEditorVerify: '验证',
  phoneEditorVerifying: '正在验证…',
  phoneEditorResend: '发送新验证码',
  phoneEditorResendIn: (wait: string) => `你可以在${wait}后获取新验证码。`,
  phoneEditorResendReady: '现在可以获取新验证码了。',
  phoneEditorExpired: '此验证码已过期。请发送新验证码；你输入的号码会保留。',
  phoneEditorReplaced: '此验证码请求已结束（可能是在另一个窗口中）。请重新发送验证码；你输入的号码会保留。',
  phoneEditorNoTriesLeft: '验证码不正确，且已没有剩余的尝试次数。请发送新验证码；你输入的号码会保留。',
  phoneEditorSaved: (masked: string) => `你的电话号码（${masked}）已验证并保存。`,
  phoneEditorRemoveQuestion: (masked: string) => `要删除此电话号码（${masked}）吗？登录验证码将不再发送到此号码。`,
  phoneEditorRemoving: '正在删除…',
  phoneEditorRemoved: '电话号码已删除。',
  phoneEditorBacksDefault: '你的默认登录方式正在使用此电话。要删除它，请先设置另一种登录方式，并将其设为默认方式。',
};
export default zhHans;
