// Everything the command line says to a person, in Chinese and in English.
import type { Grade, Lang } from '../core';
import type { NotComputed, RowCounts } from './counts';
import type { NotWritten, WorkbookFormat, XlsxFileFacts, XlsxFileProblem } from '../xlsx';
import { flagsHelp, type UsageProblem } from './args';
import type { KeptBecause } from './outputs';
import type { FileBounds } from './bounds';
import type { DetailKind } from './summaryRow';

export interface CliMessages {
  readonly help: string;
  usage(problem: UsageProblem): string;
  readonly seeHelp: string;
  unreadable(file: string, problem: XlsxFileProblem, detail?: string, facts?: XlsxFileFacts): string;
  trimmed(file: string, sheet: string, firstRow: number, rows: number): string;
  noXlsxInFolder(folder: string): string;
  /** A cell whose write was not made as planned, and why. */
  notWritten(file: string, sheet: string, n: NotWritten): string;
  /** The sheet, or the workbook's structure, is protected: the scored copy still is. */
  protectedSheet(file: string, sheet: string): string;
  protectedStructure(file: string): string;
  writeFailed(file: string, detail: string): string;
  /** A file stopped at its time or memory bound: that file's error, the run goes on. */
  stopped(file: string, why: 'time' | 'memory', bounds: FileBounds): string;
  /** A fault of this program's on one file: that file's error, the run goes on. */
  internalError(file: string, detail: string): string;
  noIndicatorSheet(file: string): string;
  readonly columns: { indicator: string; points: string; score: string; deduction: string; reason: string };
  fileHeading(file: string, sheet: string): string;
  /** `kept`: the name first wanted, taken by a file left as it was (`because` says whose it is). */
  written(output: string, kept: string | null, because?: KeptBecause): string;
  /** `gradedOn`: the total out of 100 when the points add up to another figure. */
  totalLine(total: string, maxTotal: string, gradedOn: string | null, grade: string | null, complete: boolean): string;
  readonly issuesHeading: string;
  severity(s: 'error' | 'warning'): string;
  readonly status: { full: string; deducted: string; manual: string; error: string };
  readonly summaryHeading: string;
  readonly summaryColumns: {
    file: string;
    sheet: string;
    department: string;
    total: string;
    maxTotal: string;
    grade: string;
    deductions: string;
    errors: string;
    manual: string;
    computed: string;
    kept: string;
    output: string;
    note: string;
  };
  readonly unreadableMark: string;
  readonly noTableMark: string;
  readonly writeFailedMark: string;
  readonly incompleteGrade: string;
  summaryWritten(file: string, kept: string | null): string;
  readonly restoreNeedsFile: string;
  nothingToRestore(file: string): string;
  restored(output: string, kept: string | null): string;
  /** Files: with a row computed, read but with none computed, not scored at all. */
  summaryCounts(files: number, scored: number, notComputed: number, failed: number): string;
  /** A sheet read whose every score is a typed one kept (or none given): `未能核算：缺少实际完成值列`. */
  notComputed(why: NotComputed): string;
  readonly summarySheet: string;
  /** The grade as shown: 优 in Chinese, `优 (Excellent)` in English; a partial result's word when null. */
  grade(g: Grade | null): string;
  /** What a sheet's rows come to, each count named for what it counts. */
  rowCounts(c: RowCounts): string;
  readonly disagreementsHeading: string;
  disagreement(cell: string, indicator: string, typed: string, computed: string): string;
  /** A label and its text: `需人工评分：…` in Chinese, `manual score needed: …` in English. */
  labelled(label: string, text: string): string;
  readonly deductionSheet: string;
  /** 汇总.xlsx's title, with the run's day (`2024-03-01`). */
  reviewTitle(day: string): string;
  readonly reviewColumns: {
    index: string;
    department: string;
    project: string;
    file: string;
    sheet: string;
    typed: string;
    total: string;
    difference: string;
    maxTotal: string;
    rate: string;
    grade: string;
    deductions: string;
    errors: string;
    manual: string;
    computed: string;
    kept: string;
    note: string;
    rank: string;
  };
  /** The typed total's grade and the computed one's, side by side (`优/良`); `—` where nothing was typed. */
  grades(typed: Grade | null, reviewed: Grade | null): string;
  /** 备注 for a sheet that stays 未完成: the cells to score by hand and those whose input is in error. */
  openRows(manual: readonly string[], error: readonly string[]): string;
  readonly detailColumns: { file: string; sheet: string; cell: string; indicator: string; kind: string; points: string; typed: string; score: string; deduction: string; reason: string };
  readonly detailKinds: Readonly<Record<DetailKind, string>>;
  /** Between items of a short list (`扣分、自评得分改动`). */
  readonly listSep: string;
  noSuchSheet(file: string, sheet: string, indicatorSheets: readonly string[]): string;
  outIsFile(out: string): string;
  /** A file read through LibreOffice: its scored copy is an .xlsx. */
  converted(file: string, format: WorkbookFormat): string;
  nothingToScore(): string;
}

/** A format as a message names it. */
const FORMAT_ZH: Readonly<Record<WorkbookFormat, string>> = { xlsx: '.xlsx 工作簿', xls: '旧版 Excel 工作簿（.xls）', et: 'WPS 表格（.et）', ods: 'OpenDocument 表格（.ods）' };
const FORMAT_EN: Readonly<Record<WorkbookFormat, string>> = { xlsx: 'an .xlsx', xls: 'an old Excel (.xls)', et: 'a WPS Spreadsheets (.et)', ods: 'an OpenDocument spreadsheet (.ods)' };

const n = (x: number | undefined) => (x === undefined ? '?' : x.toLocaleString('en-US'));
const mb = (x: number | undefined) => (x === undefined ? '?' : `${(x / 1024 / 1024).toFixed(x < 10 * 1024 * 1024 ? 1 : 0)} MB`);

const zh: CliMessages = {
  help: `绩效评分助手 — 命令行评分（.xlsx；.xls、.et、.ods 经 LibreOffice 转换）

用法：
  npm run score -- <文件.xlsx|文件夹>... [--out 目录] [--json] [--lang zh|en] [--report docx] [--no-report] [--overwrite-formulas] [--force] [--jobs N]
  npx jixiao-pingfen score <文件.xlsx|文件夹>... [选项]
  npm run restore -- <文件.scored.xlsx>...     （或 npx jixiao-pingfen restore …）

不给路径时，评分随附的示例工作簿 examples/2019-shezhiwei.xlsx 并显示结果。

对每个工作簿：找到每个表头可识别的指标表（及“基础数据”表；--sheet 只评其中一个），按评分标准计算每一行的得分，
写出 <名称>.scored.xlsx（.xlsm 写出 .scored.xlsm；在 --out 目录中，否则与原文件放在一起）；原文件
不会被改动。写出的文件就是原文件，只改动：得分（格式 0.00）、合计、扣分行与错误行的底色、每个扣分/
错误/改动的得分单元格上的批注（说明计算过程；原有批注原样保留）、“扣分原因”列（如有）、新增的
“评价结论”工作表（评价结论、存在问题、改进措施，供撰写自评报告；--no-report 不写）和一个隐藏的备份表；图表、图形、迷你图、对话式批注、宏、外部链接、文档属性等原样保留，并请 Excel 打开时重算公式。
没有打印设置的指标表改为横向、所有列一页宽、每页重复表头；标记的单元格加图案，黑白打印也能分辨。
.xls、.et、.ods 文件用本机的 LibreOffice 转换为 .xlsx 后评分，写出 <名称>.scored.xlsx；没有 LibreOffice
时逐个列出这些文件、原因和办法。
文件夹：评分其中所有 .xlsx/.xlsm/.xls/.et/.ods 文件（不含子文件夹、*.scored.xlsx 和本程序写出的 汇总.xlsx），
用上所有 CPU 核心，显示进度与汇总，并在输出目录（--out，否则第一个文件夹或第一个文件所在目录）写出
汇总.xlsx（每个指标表一行：自评得分与复核得分、差异、得分率、等级、名次、各一级指标得分；另有“扣分明细”
表列出每一项扣分、改动的自评得分、错误和需人工评分的行；均已设置好 A4 打印）。
--report docx：另在结果旁写出 <名称>.自评报告.docx（Word 格式的评价结论、存在问题、改进措施草稿）。
不会覆盖：本次的任何输入文件、不是本程序写出的文件、写出后被改动过的文件（改用 名称-2.scored.xlsx
等新名字并说明），也不会经符号链接写到别处；每个文件先写入临时文件、同步到磁盘后再改名，中途中断
不会留下损坏的文件。
restore：把评分写出的文件恢复为评分前的样子（每个单元格、公式、格式、批注原样，打印设置复原，打印标题、
追加的“扣分原因”列和“评价结论”工作表撤去），写出 <名称>.restored.xlsx。

选项：
${flagsHelp('zh')}

退出状态：0 全部评分完成；1 有行存在错误（需修正输入）；2 有文件无法读取，或用法错误。
`,
  usage(p) {
    if (p.kind === 'unknown-flag') return `未知选项：${p.flag}`;
    if (p.kind === 'missing-value') return `选项 ${p.flag} 缺少取值`;
    if (p.kind === 'bad-jobs') return `--jobs 应是 1 到 999 的整数，收到的是：${p.value}`;
    if (p.kind === 'bad-report') return `--report 目前只能是 docx（写出 Word 格式的自评报告草稿），收到的是：${p.value}`;
    if (p.kind === 'bad-source-date-epoch') return `环境变量 SOURCE_DATE_EPOCH 应是自 1970-01-01（UTC）起的整秒数，收到的是：${p.value}`;
    return `--lang 只能是 zh 或 en，收到的是：${p.value}`;
  },
  seeHelp: '运行 npm run score -- --help 查看用法。',
  unreadable(file, problem, detail, facts = {}) {
    const where = facts.sheet ? `工作表“${facts.sheet}”` : `“${facts.part ?? ''}”部分`;
    switch (problem) {
      case 'not-found':
        return `${file}：找不到该文件或文件夹。`;
      case 'not-a-file':
        return `${file}：不是普通文件（是文件夹、管道、设备或其他特殊文件），未读取。`;
      case 'empty':
        return `${file}：文件是空的（0 字节），不是 .xlsx 工作簿。`;
      case 'ole2':
        return `${file}：这是旧版 .xls 工作簿（或其他 OLE2 文件），无法读取。请在 Excel 中打开并“另存为” .xlsx 后再评分。`;
      case 'encrypted':
        return `${file}：工作簿设置了打开密码（已加密），无法读取。请在 Excel 中打开，在“文件 > 信息 > 保护工作簿 > 用密码进行加密”中清除密码并保存后再评分。`;
      case 'too-large':
        return facts.what === 'entries'
          ? `${file}：文件内有 ${n(facts.count)} 个部件，超过上限 ${n(facts.limit)} 个，不像 Excel 保存的工作簿，未读取。`
          : facts.what === 'part'
            ? `${file}：${facts.sheet ? `工作表“${facts.sheet}”` : `文件内的“${facts.part}”`}解压后有 ${mb(facts.count)}，超过上限 ${mb(facts.limit)}（行或单元格过多），未读取。请删去多余的行和格式后再评分。`
            : facts.what === 'zip64'
            ? `${file}：文件使用 ZIP64 格式（4 GB 以上），超过上限，未读取。`
            : `${file}：文件有 ${mb(facts.count)}，超过上限 ${mb(facts.limit)}，未读取。请只保留指标表和基础数据后再评分。`;
      case 'zip-bomb':
        return facts.what === 'total'
          ? `${file}：文件解压后共 ${mb(facts.count)}，超过上限 ${mb(facts.limit)}，疑似压缩炸弹，未读取。`
          : facts.limit === undefined
            ? `${file}：文件内的“${facts.part}”解压后超过其声明的大小（${n(facts.count)} 字节），疑似压缩炸弹，未读取。`
            : `${file}：文件内的“${facts.part}”解压后有 ${mb(facts.count)}，超过上限 ${mb(facts.limit)}，疑似压缩炸弹，未读取。`;
      case 'unsafe-xml':
        return `${file}：文件内的“${facts.part}”含有 DOCTYPE/实体声明（可用于 XML 外部实体或实体展开攻击），Excel 不会保存这样的文件，为安全起见未读取。`;
      case 'unsafe-entry':
        return detail === 'duplicate'
          ? `${file}：文件内有两个同名的部件“${facts.part ?? ''}”，不是有效的工作簿（Excel 会报告文件已损坏），为安全起见未读取。请在 Excel 中打开修复后另存，再评分。`
          : `${file}：文件内有名称不安全的部件“${facts.part ?? ''}”（解压时会写到工作簿之外），不是 Excel 保存的工作簿，为安全起见未读取。`;
      case 'too-many-elements':
        return `${file}：文件内的“${facts.part ?? ''}”元素过多（超过上限 ${n(facts.limit)} 个），不像 Excel 保存的工作簿，未读取。`;
      case 'too-many-rows':
        return `${file}：${where}的行数超过上限 ${n(facts.limit)} 行，未读取。请删去多余的行（或把其他数据移到另一个文件）后再评分。`;
      case 'too-many-cells':
        return `${file}：工作簿的单元格数（读到${where}时）超过上限 ${n(facts.limit)} 个（含只有格式的空单元格），未读取。请清除多余区域的格式、删去不需要的工作表后再评分。`;
      case 'merge-too-large':
        return `${file}：${where}的合并区域共覆盖 ${n(facts.count)} 个单元格（最大的是 ${facts.range ?? ''}），超过上限 ${n(facts.limit)} 个，未读取。请取消该合并后再评分。`;
      case 'not-zip':
        return facts.format
          ? `${file}：文件名表明是${FORMAT_ZH[facts.format]}，但内容不是这种文件（可能改过扩展名或已损坏），无法读取。请在原来的软件中打开并“另存为” .xlsx 后再评分。`
          : `${file}：不是有效的 .xlsx 工作簿（可能是改了扩展名的 .csv 或其他文件）。请在 Excel 中打开并“另存为” .xlsx。`;
      case 'corrupt':
        return facts.format
          ? `${file}：${FORMAT_ZH[facts.format]}文件已损坏，无法读取${detail ? `（${detail}）` : ''}。请在 Excel/WPS/LibreOffice 中打开，“另存为” .xlsx 后再评分。`
          : `${file}：.xlsx 文件已损坏，无法读取${detail ? `（${detail}）` : ''}。请在 Excel 中打开修复后另存。`;
      case 'backup-name-taken':
        return `${file}：工作簿中已有一个名为“绩效评分助手_备份”的工作表，它不是本程序的备份。评分要用这个名称保存备份（以便恢复），为免覆盖该表，未评分。请把该工作表改名后再评分。`;
      case 'backup-tampered':
        return `${file}：隐藏的备份表“绩效评分助手_备份”内容不完整或被改动过${facts.sheet ? `（工作表“${facts.sheet}”${facts.cell ? ` ${facts.cell}` : ''}：${detail ?? ''}）` : detail ? `（${detail}）` : ''}，不能据此恢复或重新评分，未写出。请使用评分时写出的原文件。`;
      case 'no-converter':
        return `${file}：这是${FORMAT_ZH[facts.format ?? 'xls']}文件，要用 LibreOffice 转换后才能评分，本机没有找到 LibreOffice，未读取。请安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-calc-nogui）后再评分，或在 Excel/WPS 中打开并“另存为” .xlsx。`;
      case 'convert-failed':
        return `${file}：LibreOffice 未能把这个${FORMAT_ZH[facts.format ?? 'xls']}文件转换为 .xlsx${detail ? `（${detail}）` : ''}，文件可能已损坏或设了打开密码，未读取。请在 Excel/WPS/LibreOffice 中打开，“另存为” .xlsx 后再评分。`;
      case 'convert-timeout':
        return `${file}：转换这个${FORMAT_ZH[facts.format ?? 'xls']}文件超过 ${facts.seconds ?? '?'} 秒，已停止，未读取。请在 Excel/WPS/LibreOffice 中打开，“另存为” .xlsx 后再评分。`;
    }
  },
  trimmed: (file, sheet, firstRow, rows) =>
    `${file}：工作表“${sheet}”从第 ${n(firstRow)} 行起有 ${n(rows)} 个只有格式的空行，评分时未读入（写出的评分结果中原样保留）。`,
  noXlsxInFolder: (folder) => `${folder}：文件夹中没有工作簿（.xlsx、.xlsm、.xls、.et、.ods），没有可评分的。`,
  notWritten(file, sheet, n) {
    const at = `${file}：工作表“${sheet}”的 ${n.cell}`;
    switch (n.why) {
      case 'thread':
        return `${at} 有一条对话式批注（新版批注），为保持对话完整，计算说明未写入其批注，见“扣分原因”列或 JSON 结果。`;
      case 'note-full':
        return `${at} 已有的批注很长，加上计算说明会超过 Excel 批注的上限（32,767 个字符），说明未写入批注，见“扣分原因”列或 JSON 结果。`;
      case 'array':
        return `${at} 属于数组公式 ${n.range}，Excel 会按数组公式重新计算它，得分未写入（见说明与 JSON 结果）。如要写入，请先把该数组公式改为普通公式或数值。`;
      case 'merged':
        return `${at} 在合并区域 ${n.range} 之内（只显示 ${n.range.split(':')[0]} 的内容），写入的内容看不到，未写入。请取消合并后再评分。`;
    }
  },
  protectedSheet: (file, sheet) =>
    `${file}：工作表“${sheet}”设置了保护（审阅 › 保护工作表）。评分写在副本中，副本仍受同样的保护；原文件未改动。`,
  protectedStructure: (file) => `${file}：工作簿结构受保护（审阅 › 保护工作簿）。评分副本中另加了一个隐藏的备份表，结构保护仍在；原文件未改动。`,
  writeFailed: (file, detail) => `无法写出 ${file}：${detail}`,
  stopped: (file, why, b) =>
    why === 'time'
      ? `${file}：评分超过 ${b.ms / 1000} 秒仍未完成，已停止，未写出结果（工作簿可能过大或结构异常）；其他文件照常评分。请删去多余的行、格式和工作表后再评分。`
      : `${file}：评分这个文件所需的内存超过上限（约 ${b.heapMb} MB），已停止，未写出结果（工作簿可能过大或结构异常）；其他文件照常评分。请删去多余的行、格式和工作表后再评分。`,
  internalError: (file, detail) => `${file}：评分这个文件时程序出错（${detail}），未写出结果；其他文件照常评分。请把该文件报告给维护者。`,
  noIndicatorSheet: (file) => `${file}：没有找到指标表（表头需含“三级指标/指标名称”“分值”“得分”等列），未写出结果。`,
  columns: { indicator: '指标', points: '分值', score: '得分', deduction: '扣分', reason: '说明' },
  fileHeading: (file, sheet) => `${file}（工作表：${sheet}）`,
  written: (output, kept, because) =>
    !kept
      ? `已写出：${output}`
      : because === 'input'
        ? `已写出：${output}（${kept} 是本次评分的输入文件，不会被覆盖）`
        : because === 'this-run'
          ? `已写出：${output}（${kept} 已由本次评分的另一个同名文件写出）`
          : `已写出：${output}（${kept} 已存在且不是本程序写出的原样文件，未改动；用 --force 可替换）`,
  totalLine(total, maxTotal, gradedOn, grade, complete) {
    const g = grade ?? '—';
    const scaled = gradedOn === null ? '' : `（满分不是100分，按${total}÷${maxTotal}折合${gradedOn}分评等级）`;
    return complete ? `合计 ${total} / ${maxTotal}${scaled}    等级 ${g}` : `合计 ${total} / ${maxTotal}（有行未得分，暂不评等级）`;
  },
  issuesHeading: '提示：',
  severity: (s) => (s === 'error' ? '错误' : '警告'),
  status: { full: '满分', deducted: '扣分', manual: '需人工评分', error: '错误' },
  summaryHeading: '汇总',
  summaryColumns: {
    file: '文件',
    sheet: '工作表',
    department: '部门',
    total: '合计',
    maxTotal: '满分',
    grade: '等级',
    deductions: '扣分项',
    errors: '错误',
    manual: '需人工评分',
    computed: '核算',
    kept: '保留未核算',
    output: '评分结果',
    note: '备注',
  },
  unreadableMark: '无法读取',
  noTableMark: '未找到指标表',
  writeFailedMark: '写出失败',
  incompleteGrade: '未完成',
  summaryWritten: (file, kept) => (kept ? `汇总表已写出：${file}（${kept} 已存在且不是本程序写出的原样文件，未改动）` : `汇总表已写出：${file}`),
  restoreNeedsFile: '用法：npm run restore -- <文件.scored.xlsx>...（写出评分前的工作簿 <名称>.restored.xlsx，放在原文件旁）',
  nothingToRestore: (file) => `${file}：没有评分备份（不是评分写出的文件，或已恢复过），未写出。`,
  restored: (output, kept) => (kept ? `已恢复：${output}（${kept} 已存在，未改动）` : `已恢复：${output}`),
  summaryCounts: (files, scored, notComputed, failed) =>
    `共 ${files} 个文件，已评分 ${scored} 个，${notComputed ? `未能核算 ${notComputed} 个（只保留了填写得分，见备注），` : ''}未能评分 ${failed} 个。`,
  notComputed: (why) => (why === 'no-actual-column' ? '未能核算：缺少实际完成值列' : '未能核算：没有一项能按评分标准计算'),
  summarySheet: '汇总',
  grade: (g) => g ?? '未完成',
  rowCounts: (c) =>
    `核算 ${c.computed} 项，保留填写得分 ${c.kept} 项；扣分项 ${c.deductions}，错误 ${c.errors}，需人工评分 ${c.manual}，与填写得分不一致 ${c.disagreements}`,
  disagreementsHeading: '与填写得分不一致：',
  disagreement: (cell, indicator, typed, computed) => `${cell} ${indicator}：填写 ${typed}，计算 ${computed}`,
  labelled: (label, text) => `${label}：${text}`,
  deductionSheet: '扣分明细',
  reviewTitle: (day) => `绩效自评复核汇总（${day}）`,
  reviewColumns: {
    index: '序号',
    department: '单位/部门',
    project: '项目',
    file: '文件',
    sheet: '工作表',
    typed: '自评得分',
    total: '复核得分',
    difference: '差异',
    maxTotal: '满分',
    rate: '得分率',
    grade: '等级（自评/复核）',
    deductions: '扣分项',
    errors: '错误',
    manual: '需人工',
    computed: '核算',
    kept: '保留未核算',
    note: '备注',
    rank: '名次',
  },
  grades: (typed, reviewed) => `${typed ?? '—'}/${reviewed ?? '未完成'}`,
  openRows: (manual, error) =>
    `未完成：${[manual.length ? `需人工评分 ${manual.join('、')}` : '', error.length ? `输入有误 ${error.join('、')}（见批注）` : ''].filter(Boolean).join('；')}`,
  detailColumns: { file: '文件', sheet: '工作表', cell: '单元格', indicator: '指标', kind: '类别', points: '分值', typed: '自评得分', score: '复核得分', deduction: '扣分', reason: '原因' },
  detailKinds: { deducted: '扣分', changed: '自评得分改动', error: '错误', manual: '需人工评分' },
  listSep: '、',
  noSuchSheet: (file, sheet, found) =>
    `${file}：没有名为“${sheet}”的工作表。${found.length ? `此工作簿的指标表：${found.map((n) => `“${n}”`).join('、')}；用 --sheet 指定其中之一，或不加 --sheet 评分全部指标表。` : '此工作簿中没有可识别的指标表。'}`,
  outIsFile: (out) => `--out ${out} 是一个已有的文件，不是文件夹：结果没有写出。请给出一个文件夹（不存在时会自动创建）。`,
  nothingToScore: () => '没有可评分的工作簿，未写出汇总表。',
  converted: (file, format) => `${file}：${FORMAT_ZH[format]}已用 LibreOffice 转换为 .xlsx 来读取；评分结果写为 .xlsx（单元格、合并单元格和格式保留）。`,
};

const en: CliMessages = {
  help: `绩效评分助手 (Performance Scorer) — command-line scorer of .xlsx workbooks (.xls, .et, .ods through LibreOffice)

Usage:
  npm run score -- <file.xlsx|folder>... [--out DIR] [--json] [--lang zh|en] [--report docx] [--no-report] [--overwrite-formulas] [--force] [--jobs N]
  npx jixiao-pingfen score <file.xlsx|folder>... [options]
  npm run restore -- <file.scored.xlsx>...      (or npx jixiao-pingfen restore …)

With no path, scores the bundled sample workbook examples/2019-shezhiwei.xlsx and prints its result.

For each workbook: finds every sheet whose header row is an indicator table (and the 基础数据
sheet; --sheet names one), scores every row by its rule, and writes <name>.scored.xlsx (.scored.xlsm for an .xlsm; in
--out DIR, else beside the input); the input file is never changed. The written file is the input
with only these changes: the scores (format 0.00), the total, a fill on deducted and on error rows, a
note on each deducted, error or changed score cell with the arithmetic (a note someone already wrote
stays word for word), the 扣分原因 column when the sheet has one, a new sheet 评价结论 (the conclusion,
problems and measures for the self-evaluation report; --no-report leaves it out), and a hidden backup sheet. Charts,
shapes, sparklines, threaded comments, macros, external links and properties pass through untouched,
and Excel is asked to recalculate formulas on opening.
A sheet with no print setup of its own is set to print landscape, all columns one page wide, its
title rows on every page; marked cells carry a pattern, so they differ in black and white too.
.xls, .et and .ods files are converted to .xlsx with this machine's LibreOffice, scored, and written
as <name>.scored.xlsx; without LibreOffice each such file is named with the reason and what to do.
A folder: scores every .xlsx/.xlsm/.xls/.et/.ods file in it (not subfolders, *.scored.xlsx or a 汇总.xlsx this
program wrote) on all cores but one, shows progress and a summary, and writes 汇总.xlsx in the output folder
(--out, else the first folder given or the first file's folder): a line per indicator sheet (typed and
reviewed totals, their difference, share, grades, rank and each level-1 area's score), and a sheet 扣分明细
listing every deduction, changed typed score, error and manual row, both set up to print on A4.
--report docx: also writes <name>.自评报告.docx beside each output (the report's draft as a Word document).
Never written over: an input of the run, a file this program did not write, an output changed since
it was written (a new name such as name-2.scored.xlsx is used, and said); never through a symbolic
link. Each file is written to a temporary file, synced, then renamed: an interrupted run leaves no
damaged file.
restore: writes a scored workbook as it was before scoring (every cell, formula, format and note; the
print setup put back, title rows, an appended 扣分原因 column and the 评价结论 sheet taken away), as <name>.restored.xlsx
beside it.

Options:
${flagsHelp('en')}

Exit status: 0 all scored; 1 some row has an error (an input to fix); 2 a file could not be read,
or bad usage.
`,
  usage(p) {
    if (p.kind === 'unknown-flag') return `Unknown option: ${p.flag}`;
    if (p.kind === 'missing-value') return `Option ${p.flag} needs a value`;
    if (p.kind === 'bad-jobs') return `--jobs must be a whole number from 1 to 999, not: ${p.value}`;
    if (p.kind === 'bad-report') return `--report takes docx (the report's draft as a Word document), not: ${p.value}`;
    if (p.kind === 'bad-source-date-epoch') return `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, not: ${p.value}`;
    return `--lang must be zh or en, not: ${p.value}`;
  },
  seeHelp: 'Run npm run score -- --help --lang en for usage.',
  unreadable(file, problem, detail, facts = {}) {
    const where = facts.sheet ? `sheet “${facts.sheet}”` : `part “${facts.part ?? ''}”`;
    switch (problem) {
      case 'not-found':
        return `${file}: no such file or folder.`;
      case 'not-a-file':
        return `${file}: not a regular file (a folder, a pipe, a device or another special file); not read.`;
      case 'empty':
        return `${file}: the file is empty (0 bytes), not an .xlsx workbook.`;
      case 'ole2':
        return `${file}: this is an old .xls workbook (or another OLE2 file) and cannot be read. Open it in Excel and save it as .xlsx, then score it again.`;
      case 'encrypted':
        return `${file}: the workbook is password-protected (encrypted) and cannot be read. Open it in Excel, clear the password under File > Info > Protect Workbook > Encrypt with Password, save, and score it again.`;
      case 'too-large':
        return facts.what === 'entries'
          ? `${file}: the file holds ${n(facts.count)} parts, more than the limit of ${n(facts.limit)}; not a workbook Excel saves. Not read.`
          : facts.what === 'part'
            ? `${file}: ${facts.sheet ? `sheet “${facts.sheet}”` : `the part “${facts.part}”`} unpacks to ${mb(facts.count)}, over the limit of ${mb(facts.limit)} (too many rows or cells). Not read. Delete the extra rows and formatting, then score it again.`
            : facts.what === 'zip64'
            ? `${file}: the file uses the ZIP64 format (4 GB and more), over the limit. Not read.`
            : `${file}: the file is ${mb(facts.count)}, over the limit of ${mb(facts.limit)}. Not read. Keep only the indicator sheet and the basic data, then score it again.`;
      case 'zip-bomb':
        return facts.what === 'total'
          ? `${file}: the file unpacks to ${mb(facts.count)}, over the limit of ${mb(facts.limit)}: a likely zip bomb. Not read.`
          : facts.limit === undefined
            ? `${file}: the part “${facts.part}” unpacks to more than its declared size (${n(facts.count)} bytes): a likely zip bomb. Not read.`
            : `${file}: the part “${facts.part}” unpacks to ${mb(facts.count)}, over the limit of ${mb(facts.limit)}: a likely zip bomb. Not read.`;
      case 'unsafe-xml':
        return `${file}: the part “${facts.part}” declares a DOCTYPE or entities (used for XML external entity and entity expansion attacks); Excel never saves such a file. Not read, for safety.`;
      case 'unsafe-entry':
        return detail === 'duplicate'
          ? `${file}: the file holds two parts named “${facts.part ?? ''}”; not a valid workbook (Excel reports it damaged). Not read, for safety. Open it in Excel to repair it, save it again, and score it.`
          : `${file}: the file holds a part with an unsafe name, “${facts.part ?? ''}” (unpacked, it would land outside the workbook); not a workbook Excel saves. Not read, for safety.`;
      case 'too-many-elements':
        return `${file}: the part “${facts.part ?? ''}” has more XML elements than the limit of ${n(facts.limit)}; not a workbook Excel saves. Not read.`;
      case 'too-many-rows':
        return `${file}: ${where} has more rows than the limit of ${n(facts.limit)}. Not read. Delete the extra rows (or move other data to another file), then score it again.`;
      case 'too-many-cells':
        return `${file}: the workbook has more cells than the limit of ${n(facts.limit)} (reached in ${where}; formatted empty cells included). Not read. Clear the formatting of the unused area and delete sheets not needed, then score it again.`;
      case 'merge-too-large':
        return `${file}: the merged areas of ${where} cover ${n(facts.count)} cells (the largest is ${facts.range ?? ''}), over the limit of ${n(facts.limit)}. Not read. Unmerge it, then score it again.`;
      case 'not-zip':
        return facts.format
          ? `${file}: named ${FORMAT_EN[facts.format]}, but it holds no such file (renamed, or damaged); not read. Open it where it was made and save it as .xlsx, then score it again.`
          : `${file}: not a valid .xlsx workbook (perhaps a .csv or another file renamed). Open it in Excel and save it as .xlsx.`;
      case 'corrupt':
        return facts.format
          ? `${file}: the ${FORMAT_EN[facts.format]} file is damaged and cannot be read${detail ? ` (${detail})` : ''}. Open it in Excel, WPS or LibreOffice, save it as .xlsx, and score it again.`
          : `${file}: the .xlsx file is damaged and cannot be read${detail ? ` (${detail})` : ''}. Open it in Excel to repair it and save it again.`;
      case 'backup-name-taken':
        return `${file}: the workbook has a sheet of its own named “绩效评分助手_备份”, the name scoring keeps its backup under (so that it can be restored). Not scored, so as not to write over that sheet. Rename it and score again.`;
      case 'backup-tampered':
        return `${file}: the hidden backup sheet “绩效评分助手_备份” is incomplete or was edited${facts.sheet ? ` (sheet “${facts.sheet}”${facts.cell ? `, ${facts.cell}` : ''}: ${detail ?? ''})` : detail ? ` (${detail})` : ''}; nothing is restored or scored from it, and nothing is written. Use the file as scoring wrote it.`;
      case 'no-converter':
        return `${file}: this is ${FORMAT_EN[facts.format ?? 'xls']} file; it is read by converting it with LibreOffice, which is not installed here. Not read. Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-calc-nogui) and score it again, or open it in Excel or WPS and save it as .xlsx.`;
      case 'convert-failed':
        return `${file}: LibreOffice could not convert this ${FORMAT_EN[facts.format ?? 'xls']} file to .xlsx${detail ? ` (${detail})` : ''}; it may be damaged or password-protected. Not read. Open it in Excel, WPS or LibreOffice, save it as .xlsx, and score it again.`;
      case 'convert-timeout':
        return `${file}: converting this ${FORMAT_EN[facts.format ?? 'xls']} file took more than ${facts.seconds ?? '?'} s and was stopped. Not read. Open it in Excel, WPS or LibreOffice, save it as .xlsx, and score it again.`;
    }
  },
  trimmed: (file, sheet, firstRow, rows) =>
    `${file}: sheet “${sheet}” has ${n(rows)} empty formatted rows from row ${n(firstRow)} on; they were not loaded for scoring (the scored copy keeps them as they are).`,
  noXlsxInFolder: (folder) => `${folder}: the folder holds no workbook (.xlsx, .xlsm, .xls, .et, .ods): nothing to score.`,
  notWritten(file, sheet, n) {
    const at = `${file}: sheet “${sheet}”, ${n.cell}`;
    switch (n.why) {
      case 'thread':
        return `${at} holds a threaded comment; to keep the thread whole, the explanation is not in its note (see the 扣分原因 column or the JSON).`;
      case 'note-full':
        return `${at} already holds a note so long that, with the explanation, it would pass Excel's limit of 32,767 characters; the explanation is not in the note (see the 扣分原因 column or the JSON).`;
      case 'array':
        return `${at} is part of the array formula ${n.range}, from which Excel computes it again: the score is not written there (see the explanation and the JSON). To write it, turn that array formula into an ordinary formula or values first.`;
      case 'merged':
        return `${at} lies inside the merged area ${n.range} (which shows ${n.range.split(':')[0]} only): nothing written there would show, so nothing is. Unmerge it and score again.`;
    }
  },
  protectedSheet: (file, sheet) =>
    `${file}: sheet “${sheet}” is protected (Review › Protect Sheet). The scores are written into the copy, which is protected as the sheet was; the input is unchanged.`,
  protectedStructure: (file) =>
    `${file}: the workbook's structure is protected (Review › Protect Workbook). The scored copy holds a hidden backup sheet besides, and stays protected; the input is unchanged.`,
  writeFailed: (file, detail) => `Could not write ${file}: ${detail}`,
  stopped: (file, why, b) =>
    why === 'time'
      ? `${file}: scoring took more than ${b.ms / 1000} s and was stopped; nothing was written for it (the workbook may be too large or oddly made), and the other files are scored. Delete extra rows, formatting and sheets, then score it again.`
      : `${file}: scoring needed more memory than the limit (about ${b.heapMb} MB) and was stopped; nothing was written for it (the workbook may be too large or oddly made), and the other files are scored. Delete extra rows, formatting and sheets, then score it again.`,
  internalError: (file, detail) => `${file}: this program failed on this file (${detail}); nothing was written for it, and the other files are scored. Please report the file to the maintainers.`,
  noIndicatorSheet: (file) =>
    `${file}: no indicator sheet found (the header needs columns such as 三级指标/指标名称, 分值 and 得分); nothing written.`,
  columns: { indicator: 'Indicator', points: 'Points', score: 'Score', deduction: 'Deduction', reason: 'Reason' },
  fileHeading: (file, sheet) => `${file} (sheet: ${sheet})`,
  written: (output, kept, because) =>
    !kept
      ? `Written: ${output}`
      : because === 'input'
        ? `Written: ${output} (${kept} is an input of this run: never written over)`
        : because === 'this-run'
          ? `Written: ${output} (${kept} was written for another file of the same name in this run)`
          : `Written: ${output} (${kept} exists and is not this program's unchanged output: left as it is; --force replaces it)`,
  totalLine(total, maxTotal, gradedOn, grade, complete) {
    const scaled = gradedOn === null ? '' : ` (the points add up to ${maxTotal}, not 100: graded on ${gradedOn} of 100)`;
    return complete
      ? `Total ${total} / ${maxTotal}${scaled}    Grade ${grade ?? '—'}`
      : `Total ${total} / ${maxTotal} (some rows have no score yet: no grade)`;
  },
  issuesHeading: 'Issues:',
  severity: (s) => (s === 'error' ? 'error' : 'warning'),
  status: { full: 'full', deducted: 'deducted', manual: 'manual score needed', error: 'error' },
  summaryHeading: 'Summary',
  summaryColumns: {
    file: 'File',
    sheet: 'Sheet',
    department: 'Department',
    total: 'Total',
    maxTotal: 'Max',
    grade: 'Grade',
    deductions: 'Deductions',
    errors: 'Errors',
    manual: 'Manual',
    computed: 'Computed',
    kept: 'Kept, unchecked',
    output: 'Scored file',
    note: 'Note',
  },
  unreadableMark: 'unreadable',
  noTableMark: 'no indicator sheet',
  writeFailedMark: 'not written',
  incompleteGrade: 'incomplete',
  summaryWritten: (file, kept) => (kept ? `Summary written: ${file} (${kept} exists and is not this program's unchanged output: left as it is)` : `Summary written: ${file}`),
  restoreNeedsFile: 'Usage: npm run restore -- <file.scored.xlsx>... (writes the workbook as it was before scoring, <name>.restored.xlsx, beside it)',
  nothingToRestore: (file) => `${file}: holds no scoring backup (not a scored file, or restored already); nothing written.`,
  restored: (output, kept) => (kept ? `Restored: ${output} (${kept} exists: left as it is)` : `Restored: ${output}`),
  summaryCounts: (files, scored, notComputed, failed) =>
    `${files} files: ${scored} scored, ${notComputed ? `${notComputed} with nothing computed (typed scores only kept, see the note), ` : ''}${failed} not scored.`,
  notComputed: (why) =>
    why === 'no-actual-column' ? 'nothing computed: the sheet has no 实际完成值 (actual value) column' : 'nothing computed: no row could be computed by its rule',
  summarySheet: 'Summary',
  grade: (g) => (g === null ? 'incomplete' : `${g} (${GRADE_EN[g]})`),
  rowCounts: (c) =>
    `computed ${c.computed}, typed scores kept ${c.kept}; deductions ${c.deductions}, errors ${c.errors}, manual scores needed ${c.manual}, typed scores that differ ${c.disagreements}`,
  disagreementsHeading: 'Typed score differs from the computed one:',
  disagreement: (cell, indicator, typed, computed) => `${cell} ${indicator}: typed ${typed}, computed ${computed}`,
  labelled: (label, text) => `${label}: ${text}`,
  deductionSheet: 'Deductions',
  reviewTitle: (day) => `Review of the performance self-evaluations (${day})`,
  reviewColumns: {
    index: 'No.',
    department: 'Unit',
    project: 'Project',
    file: 'File',
    sheet: 'Sheet',
    typed: 'Typed total',
    total: 'Reviewed total',
    difference: 'Difference',
    maxTotal: 'Max',
    rate: 'Share',
    grade: 'Grade (typed/reviewed)',
    deductions: 'Deductions',
    errors: 'Errors',
    manual: 'Manual',
    computed: 'Computed',
    kept: 'Kept, unchecked',
    note: 'Note',
    rank: 'Rank',
  },
  grades: (typed, reviewed) => `${typed ? `${typed} (${GRADE_EN[typed]})` : '—'}/${reviewed ? `${reviewed} (${GRADE_EN[reviewed]})` : 'incomplete'}`,
  openRows: (manual, error) =>
    `incomplete: ${[manual.length ? `manual score needed at ${manual.join(', ')}` : '', error.length ? `input in error at ${error.join(', ')} (see the notes)` : ''].filter(Boolean).join('; ')}`,
  detailColumns: { file: 'File', sheet: 'Sheet', cell: 'Cell', indicator: 'Indicator', kind: 'Why listed', points: 'Points', typed: 'Typed', score: 'Reviewed', deduction: 'Deduction', reason: 'Reason' },
  detailKinds: { deducted: 'deduction', changed: 'typed score changed', error: 'error', manual: 'manual score needed' },
  listSep: ', ',
  noSuchSheet: (file, sheet, found) =>
    `${file}: no sheet named “${sheet}”. ${found.length ? `Its indicator sheets: ${found.map((n) => `“${n}”`).join(', ')}; name one of them with --sheet, or leave --sheet out to score them all.` : 'It holds no indicator sheet that could be recognised.'}`,
  outIsFile: (out) => `--out ${out} is an existing file, not a folder: nothing was written. Give a folder (it is created when missing).`,
  nothingToScore: () => 'No workbook to score: no summary written.',
  converted: (file, format) => `${file}: ${FORMAT_EN[format]} file, converted to .xlsx with LibreOffice to be read; a scored copy is an .xlsx (cells, merges and formats kept).`,
};

const GRADE_EN: Readonly<Record<Grade, string>> = { 优: 'Excellent', 良: 'Good', 中: 'Fair', 差: 'Poor' };

export function cliMessages(lang: Lang): CliMessages {
  return lang === 'en' ? en : zh;
}
