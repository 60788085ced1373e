// The report held to reports written out by hand (issue 23): the seed report's own section 五 as our
// scores read it, and the reports of published tables of the corpus — each compared section by section
// (评价结论, 存在问题, 改进措施), so a change shows where the text moved. Each expected report says where its
// table was published and what it checks; the texts follow the seed report's standard: per level-1 area
// the scores and what the rows achieved with their figures, each deduction as cause → formula with its
// figures → result, problems in figures and words (not the conclusion again), measures that name the
// indicators, no tool words.
import { fromA1, isBasicDataSheetName, scoreWorkbook } from '../../../src/core';
import type { CellValue, ScoreResult, SheetGrid } from '../../../src/core';
import { buildReport } from '../../../src/core/conclusion';
import { sampleSheets } from '../../browser/sample-cells';
import { tableWorkbook } from '../../fixtures/real/grid';
import hunan from '../../fixtures/real/tables/hunan-yueyang-glj-excerpt';
import jiangxi from '../../fixtures/real/tables/jiangxi-nanchang-cancha-2021-excerpt';
import langfang from '../../fixtures/real/tables/hebei-langfang-shipin-nuantong-2019';
import sichuan2017 from '../../fixtures/real/tables/sichuan-2017-defenbiao-excerpt';
import yongde from '../../fixtures/real/tables/yunnan-yongde-minglang-yingyang-2022';
import zhongjiang from '../../fixtures/real/tables/sichuan-zhongjiang-shuibiaochi-2022';
import type { SheetSpec } from '../../fixtures/xlsx';

interface Expected {
  /** Where the table (and, where there is one, its report) was published. */
  readonly source: string;
  /** What this report holds the generator to. */
  readonly checks: string;
  readonly result: () => Promise<ScoreResult> | ScoreResult;
  readonly conclusion: readonly string[];
  readonly problems: readonly string[];
  readonly measures: readonly string[];
}

async function sample(lang: 'zh' | 'en'): Promise<ScoreResult> {
  const sheets = await sampleSheets();
  return scoreWorkbook({ indicatorSheet: sheets.find((s) => s.name === '指标体系')!, basicData: sheets.find((s) => isBasicDataSheetName(s.name)) }, { lang });
}

/** 岳阳's 评分表 excerpt with a 实际完成值 column inserted and filled in as an office would, under a title and a 单位名称 row. */
function hunanAnswered(): SheetGrid {
  const spec = hunan.sheets[0] as SheetSpec;
  const answers = ['103.5%', '-5%', '85%', '8%', '1', '无结余', '100%', '是,是,否', '0'];
  const rows = spec.rows.map((r, i) => {
    const cells = Array.from({ length: 7 }, (_, c) => r[c]);
    return [...cells.slice(0, 5), i === 0 ? '实际完成值' : answers[i - 1], ...cells.slice(5)];
  });
  const all = [['岳阳市某局2019年度部门整体支出绩效评价评分表'], ['单位名称：岳阳市某局'], ...rows];
  const merges = ['A4:A6', 'B4:B6', 'A7:A12', 'B7:B10', 'B11:B12'].map((m) => {
    const [a, b] = m.split(':').map((x) => fromA1(x)!);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
  return { name: '评分表', values: all.map((r) => r.map((c) => (c === undefined ? null : (c as CellValue)))), merges };
}

const EXPECTED: Readonly<Record<string, Expected>> = {
  "the sample (成都市委社治委, 2019)": {
    source: "/work/shared/seeds/000_91d808460093d90e.txt — the seed report, 五、评价结论及措施, and its appendix table as examples/2019-shezhiwei.xlsx lays it out",
    checks: "the formula deduction with its rule and figures (the report's own (3184.21-73.69-83.46)/3184.21×5=4.75), the 97.38% execution on a full-mark row, the 三公 overspend with budget, spending, excess and share, key tasks by their own names, and the typed 99.75 against the rule's 99.25",
    result: () => sample('zh'),
    conclusion: [
      "根据评分标准，中共成都市委城乡社区发展治理委员会2019年度部门整体支出绩效自评得分为99.25分，评价等级为“优”。具体情况如下：",
      "1. 预算管理方面，预算编制得4.75分，执行进度得5分。预算安排准确性得分=(预算资金总来源-中期评估调整取消资金-预算结余注销资金)/预算资金总来源×指标分值，即(3184.21-73.69-83.46)/3184.21×5=4.75，扣0.25分。部门总体执行进度为97.38%（3100.75÷3184.21），达96%以上。共计得分9.75分。",
      "2. 目标管理方面，目标填报得2分，目标量化得3分，目标匹配得5分。目标填报、目标量化、目标匹配均未发现问题。共计得分10分，无扣分项目。",
      "3. 部门管理方面，基础管理得4分，其中管理制度健全性得1分、资金使用合规性得1分、财务监控有效性得2分；行政成本得0.5分；政府采购得1分；资产管理得2分；信息公开得2分。“三公”经费控制：因公出国（境）经费预算6万元、决算8.68万元，超预算2.68万元，扣0.5分。资金使用合规性、采购规范性、信息公开均未发现问题；财务监控有效性所列各项均已做到；固定资产在用率为100%（67.05/67.05），以95%为标准。管理制度健全性为定性指标，按自评得分计。共计得分9.5分。",
      "4. 履职效能方面，市民云服务平台专项工作得35分，2019年度市级示范培训得35分。市民云服务平台专项工作：任务完成率为100%，服务对象(受益)对象满意度为90%（目标≥90%），上线服务数量为192项（目标≥150项）；2019年度市级示范培训：任务完成率为100%，服务对象或受益对象满意度为96%（目标≥85%），质量指标为100%（目标≥100%）。社会影响力逐步提升、管理机制、社会效益指标、可持续影响指标为定性指标，按自评得分计。共计得分70分，无扣分项目。",
    ],
    problems: [
      "结合评分结果，存在以下问题：",
      "1. 预算编制的准确性有待提高。预算安排准确性：中期评估调整取消资金73.69万元、预算结余注销资金83.46万元，合计157.15万元，占预算资金总来源3184.21万元的4.94%，扣0.25分。",
      "2. “三公”经费超预算。“三公”经费控制：因公出国（境）经费决算8.68万元，超出预算2.68万元，超支44.67%，扣0.5分。",
      "3. 自评打分与评分标准不一致。“三公”经费控制自评1分，按评分标准应为0.5分；自评总分99.75分，按评分标准为99.25分。",
    ],
    measures: [
      "1. 提高预算编制的准确性。结合以前年度执行情况和当年工作计划测算支出需求，减少中期评估调整取消资金和预算结余注销资金。",
      "2. 严格控制“三公”经费。因公出国（境）经费严格按预算列支，确需超预算的事前按程序报批，定期对照预算检查支出进度。",
      "3. 规范自评打分。对照评分标准逐项核对自评得分，并附完成值等佐证材料，确保自评结果准确。",
    ],
  },
  "中江县水利局 水标尺 (四川, 2022, as published)": {
    source: "https://chacewang.com/newsdetail/news242266.html — 绩效目标自评表 (2022年度), 总分 100 | 100",
    checks: "a project table: the unit, the project and its 预算执行率 with the amounts; actuals that restate their target said as the target reached; points adding to 110 graded on the share; a clean report's problems and measures",
    result: () => scoreWorkbook(tableWorkbook(zhongjiang), { lang: 'zh' }),
    conclusion: [
      "根据评分标准，中江县水利局“中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装项目”2022年度项目支出绩效自评得分为110分（各指标分值合计110分，折合百分制100分），评价等级为“优”。项目全年预算数20万元，全年执行数20万元，预算执行率100%，得10分（分值10分）。具体情况如下：",
      "1. 产出指标方面，数量指标得20分，其中安装坡面水标尺得10分、水标尺宽度得10分；质量指标得20分；时效指标得20分，其中及时(按期)开工率得10分、及时(按期)完工率得10分；成本指标得10分。安装坡面水标尺达到目标≥266米；水标尺宽度达到目标≥50厘米；项目(工程)验收合格率为100%（目标≥100%）；及时(按期)开工率、及时(按期)完工率均达到目标≥90%；项目计划总投资为20万元（目标≥20万元）。共计得分70分，无扣分项目。",
      "2. 效益指标方面，受益脱贫(含监测对象)户人口数得10分，群众生产生活条件改善状况得10分。受益脱贫(含监测对象)户人口数达到目标≥1000人。群众生产生活条件改善状况为定性指标，按自评得分计。共计得分20分，无扣分项目。",
      "3. 满意度指标方面，受益脱贫(含监测对象)户满意度得10分。受益脱贫(含监测对象)户满意度达到目标≥95%。共计得分10分，无扣分项目。",
    ],
    problems: [
      "对照评分标准，各项指标均达到要求，未发现扣分事项。",
    ],
    measures: [
      "1. 巩固绩效管理成果。继续按绩效目标跟踪项目实施和资金支出，及时发现和纠正偏差。",
    ],
  },
  "廊坊市食品工程学校 暖通改造 (河北, 2019, as published)": {
    source: "http://www.lfsp.cn/newsinfo/1158053.html — 项目支出绩效自评表 with the office's 偏差原因分析及改进措施 on the one row it docked",
    checks: "the template's 指标1 numbering gone from names; 86.2% execution with what was left unspent; the office's own cause in 存在问题 and its own measure (提高预算准确度) leading 改进措施; the typed 9s against the rule's 8.62",
    result: () => scoreWorkbook(tableWorkbook(langfang), { lang: 'zh' }),
    conclusion: [
      "根据评分标准，廊坊市食品工程学校“办公宿舍楼、食堂及餐厅暖通改造经费”2019年度项目支出绩效自评得分为97.24分，评价等级为“优”。项目全年预算数43.2万元，全年执行数37.24万元，预算执行率86.2%，得8.62分（分值10分）。具体情况如下：",
      "1. 产出指标方面，数量指标得8.62分；质量指标得20分，其中工程完工率得10分、工程验收合格率得10分；时效指标得10分；成本指标得10分。工程资金金额实际37.24，未达到目标≥43.2，10×37.24/43.2=8.62，扣1.38分。工程完工率、工程验收合格率、项目完成及时率均为100（目标≥100）；成本控制率为100（目标≤100）。共计得分48.62分。",
      "2. 效益指标方面，经济效益指标得10分，社会效益指标得10分，可持续影响指标得10分。安全率、学校发展能力、长期使用性均为100（目标≥100）。共计得分30分，无扣分项目。",
      "3. 满意度指标方面，学生满意度得10分。学生满意度为100（目标≥100）。共计得分10分，无扣分项目。",
    ],
    problems: [
      "结合评分结果，存在以下问题：",
      "1. 预算执行进度有待加快。预算执行率为86.2%，尚有5.96万元未执行，扣1.38分；工程资金金额为37.24，距目标43.2差5.96，扣1.38分，原因是已完工，剩余3%尾款未付，且最高限价低于预算金额。",
      "2. 自评打分与评分标准不一致。预算执行率自评9分，按评分标准应为8.62分；工程资金金额自评9分，按评分标准应为8.62分；自评总分98分，按评分标准为97.24分。",
    ],
    measures: [
      "1. 加快预算执行进度。提高预算准确度。项目责任处室按月跟踪支出进度，财务部门定期分析执行情况并通报，避免前松后紧和资金结余。",
      "2. 规范自评打分。对照评分标准逐项核对自评得分，并附完成值等佐证材料，确保自评结果准确。",
    ],
  },
  "永德县明朗中学 营养改善计划 (云南, 2022, as published)": {
    source: "https://www.yongde.gov.cn/info/3003/116104.htm — 项目支出绩效自评表, 总分 96, 优",
    checks: "amounts in 元; a shortfall said as its gap in percentage points; the office's 7 and 9 against the rule's 10 and 9.8, and its total 96 against 99.8",
    result: () => scoreWorkbook(tableWorkbook(yongde), { lang: 'zh' }),
    conclusion: [
      "根据评分标准，永德县明朗中学“义务教育营养改善计划专项资金”2022年度项目支出绩效自评得分为99.8分，评价等级为“优”。项目全年预算数387664.62元，全年执行数387664.62元，预算执行率100%，得10分（分值10分）。具体情况如下：",
      "1. 产出指标方面，数量指标得10分，质量指标得10分，时效指标得10分，成本指标得10分。学生受资助人数为735（目标≥735人次）；营养改善计划覆盖率、资金到位及时率、生均补助标准达标率均为100%（目标≥100%）。共计得分40分，无扣分项目。",
      "2. 效益指标方面，经济效益指标得10分，社会效益指标得9.8分，可持续影响指标得10分。政策知晓率实际98%，未达到目标≥100%，10×98/100=9.8，扣0.2分。促进学校教育事业健康发展为100%（目标≥100%）。减轻贫困学生家庭经济负担为定性指标，按自评得分计。共计得分29.8分。",
      "3. 满意度指标方面，学生满意度得10分，家长满意度得10分。学生满意度、家长满意度均为100%（目标≥95%）。共计得分20分，无扣分项目。",
    ],
    problems: [
      "结合评分结果，存在以下问题：",
      "1. 部分绩效目标未完成。政策知晓率为98%，距目标100%差2个百分点，扣0.2分。",
      "2. 自评打分与评分标准不一致。资金到位及时率自评7分，按评分标准应为10分；政策知晓率自评9分，按评分标准应为9.8分；自评总分96分，按评分标准为99.8分。",
    ],
    measures: [
      "1. 确保绩效目标全面完成。对政策知晓率未达目标的情况逐项分析原因，明确责任人和完成时限，跟踪落实。",
      "2. 规范自评打分。对照评分标准逐项核对自评得分，并附完成值等佐证材料，确保自评结果准确。",
    ],
  },
  "四川 2017 部门整体支出得分表 (excerpt, as published)": {
    source: "https://wanglu.net/thread/t12-491155-4.html — the 得分表 and the report text before it (自评得分90分；存在的问题：年初编制项目资金预算时对对象摸底不够准确…；改进措施：年初编制预算时应对项目实施对象准确摸底，确保预算安排的准确性)",
    checks: "a table of typed scores only: the total said to be the office's own and not checked, each point lost said with its score and that the table gives no reason, the measure the published report names (预算安排的准确性), and one to record the evidence",
    result: () => scoreWorkbook(tableWorkbook(sichuan2017), { lang: 'zh' }),
    conclusion: [
      "按各项自评得分计，本单位2017年度部门整体支出绩效自评得分为22分（各指标分值合计26分，折合百分制84.62分），评价等级为“良”；各项得分均为表中自评填写，表中未列完成值，尚未对照评分标准核实。具体情况如下：",
      "1. 部门决策方面，目标任务得15分，其中相关性得5分、明确性得5分、合理性得5分；预算编制得6分，其中测算依据得2分、目标管理得4分。测算依据自评得2分，扣3分；目标管理自评得4分，扣1分。相关性、明确性、合理性为定性指标，按自评得分计。共计得分21分。",
      "2. 综合管理方面，省级财力专项预算分配时限得1分。省级财力专项预算分配时限表中未填写完成值，按自评得分计，尚待核实。共计得分1分，无扣分项目。",
    ],
    problems: [
      "结合评分结果，存在以下问题：",
      "1. 预算编制的准确性有待提高。测算依据自评得2分（分值5分），扣3分，表中未说明扣分原因。",
      "2. 绩效目标管理不够规范。目标管理自评得4分（分值5分），扣1分，表中未说明扣分原因。",
    ],
    measures: [
      "1. 提高预算编制的准确性。结合以前年度执行情况和当年工作计划测算支出需求，减少年中调整和结余注销。",
      "2. 完善绩效目标管理。按要求为专项资金和项目编制绩效目标，细化量化指标，并与部门职能职责相匹配。",
      "3. 补齐自评依据。在自评表中填写各项指标的实际完成值，使每项得分都能对照评分标准核实。",
    ],
  },
  "岳阳 评分表 (湖南, 2019) with its answers filled in": {
    source: "https://glj.yueyang.gov.cn/6173/6181/content_1705915.html — the excerpt's rules; the 实际完成值 are ours, as an office would fill them",
    checks: "every family of a Hunan form in words: steps over a ceiling, range bands, per-item counts, a case, a checklist's missed criterion in the rule's own words; deductions grouped by kind",
    result: () => scoreWorkbook({ indicatorSheet: hunanAnswered() }, { lang: 'zh' }),
    conclusion: [
      "根据评分标准，岳阳市某局2019年度部门整体支出绩效自评得分为31分（各指标分值合计36分，折合百分制86.11分），评价等级为“良”。具体情况如下：",
      "1. 投入方面，财政供养人员控制率得3.5分，“三公经费”变动率得5分，重点支出安排率得4分。财政供养人员控制率为103.5%，较100%高3.5个百分点，每1个百分点扣0.5分，扣1.5分；重点支出安排率为85%，在“80%(含)-90%”区间，计4分，扣1分。“三公经费”变动率为-5%，以0%为标准。共计得分12.5分。",
      "2. 过程方面，预算执行得13.5分，其中预算调整率得2分、支付进度得2.5分、资金结余得3分、“三公经费”控制率得6分；预算管理得5分，其中管理制度健全性得2分、资金使用合规性得3分。预算调整率为8%，在“0-10%(含)”区间，计2分，扣1分；支付进度发现1个，每个扣0.5分，扣0.5分；管理制度健全性未做到“相关管理制度得到有效执行”，扣1分。资金结余属“无结余”情形；“三公经费”控制率为100%，以100%为标准；资金使用合规性未发现问题。共计得分18.5分。",
    ],
    problems: [
      "结合评分结果，存在以下问题：",
      "1. 预算编制的准确性有待提高。财政供养人员控制率为103.5%，较100%高3.5个百分点，扣1.5分；重点支出安排率为85%，在“80%(含)-90%”区间，扣1分；预算调整率为8%，在“0-10%(含)”区间，扣1分。",
      "2. 预算执行进度有待加快。支付进度发现1个，扣0.5分。",
      "3. 管理制度不够健全或执行不到位。管理制度健全性未做到“相关管理制度得到有效执行”，扣1分。",
      "4. 自评打分与评分标准不一致。财政供养人员控制率自评5分，按评分标准应为3.5分；重点支出安排率自评5分，按评分标准应为4分；预算调整率自评3分，按评分标准应为2分；支付进度自评3分，按评分标准应为2.5分；管理制度健全性自评3分，按评分标准应为2分；自评总分36分，按评分标准为31分。",
    ],
    measures: [
      "1. 提高预算编制的准确性。结合以前年度执行情况和当年工作计划测算支出需求，减少年中调整和结余注销。",
      "2. 加快预算执行进度。项目责任处室按月跟踪支出进度，财务部门定期分析执行情况并通报，避免前松后紧和资金结余。",
      "3. 健全管理制度并抓好执行。梳理完善各项管理制度，明确执行责任，定期检查制度执行情况，发现偏差及时纠正。",
      "4. 规范自评打分。对照评分标准逐项核对自评得分，并附完成值等佐证材料，确保自评结果准确。",
    ],
  },
  "南昌县黄马乡蚕茶卫生院 (江西, 2021, excerpt as published)": {
    source: "https://yzwku.com/doc/291311.html — 整体支出绩效自评表 with 偏差及原因分析 beside its partial scores",
    checks: "a 整体支出 table that mentions 项目支出 is still a department's; typed partial scores with the office's reasons (个别人未及时完成, 录入有延迟…) as the causes; a row in error left open, and no grade",
    result: () => scoreWorkbook(tableWorkbook(jiangxi), { lang: 'zh' }),
    conclusion: [
      "根据评分标准，南昌县黄马乡蚕茶卫生院2021年度部门整体支出绩效已评指标得分为78分（满分90分），另有1项指标数据有误，暂不评定等级。具体情况如下：",
      "1. 绩效指标方面，预算编审管理得4分；完成率、控制率数据有误，尚未评分；部门结转结余资金管理得4分；预决算信息公开管理得4分；部门预算管理得4分；政府采购管理得5分；资产管理得5分；数量指标得10分，其中门诊住院人次得5分、特殊人群健康管理率得5分；质量指标得8分，其中诊断准确率得5分、健康档案管理率得3分；时效指标得5分，其中医疗文书及时率得3分、健康档案更新率得2分；经济效益指标得13分；社会效益指标得6分；生态效益指标得10分。医疗文书及时率自评得3分，扣1分；健康档案更新率自评得2分，扣1分；公卫均等化签约完成率、特殊人群体检率自评得6分，扣6分。完整、准确率、执行率均为100%（目标≥100%）；诊断准确率为97%（目标≥95%）。结余率、信息公开完善、人员控制、支出规范、安全性、利用率、门诊住院人次、特殊人群健康管理率、健康档案管理率、业务收入、绿化、节能为定性指标，按自评得分计。已评指标共计得分78分。",
    ],
    problems: [
      "结合评分结果，存在以下问题：",
      "1. 部分工作的质量或进度未达到目标。医疗文书及时率自评得3分（分值4分），扣1分，原因是个别人未及时完成；健康档案更新率自评得2分（分值3分），扣1分，原因是录入有延迟。",
      "2. 部分绩效目标未完成。公卫均等化签约完成率、特殊人群体检率自评得6分（分值12分），扣6分，原因是部分群众不愿配合体检或长期在外。",
      "另有1项指标尚未评定：完成率、控制率（数据有误），评定后再补充。",
    ],
    measures: [
      "1. 加强过程管理。明确医疗文书及时率、健康档案更新率的质量标准和完成时限，加强检查验收，对滞后事项及时督办。",
      "2. 确保绩效目标全面完成。对公卫均等化签约完成率、特殊人群体检率未达目标的情况逐项分析原因，明确责任人和完成时限，跟踪落实。",
    ],
  },
};

describe.each(Object.entries(EXPECTED))('the report of %s', (_, expected) => {
  const sections = async () => buildReport(await expected.result())!.sections;

  test('评价结论', async () => {
    const [conclusion] = await sections();
    expect(conclusion.heading).toBe('评价结论');
    expect(conclusion.paragraphs).toEqual(expected.conclusion);
  });

  test('存在问题', async () => {
    const [, problems] = await sections();
    expect(problems.heading).toBe('存在问题');
    expect(problems.paragraphs).toEqual(expected.problems);
  });

  test('改进措施', async () => {
    const [, , measures] = await sections();
    expect(measures.heading).toBe('改进措施');
    expect(measures.paragraphs).toEqual(expected.measures);
  });
});
