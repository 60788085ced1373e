// Each family's phrasing, then the same with a clause it cannot read added, or a condition added inside a
// clause it reads, or a clause broken (test/core/nearMisses.test.ts).

export interface NearMiss {
  readonly family: string;
  /** A rule the family reads whole, and an answer it scores. */
  readonly whole: string;
  readonly actual: string | number;
  /** The same rule, changed so that a part of it cannot be read, and the part the warning must quote. */
  readonly misses: readonly (readonly [text: string, quoted: string])[];
  readonly basic?: [string, number][];
}

export const NEAR_MISSES: readonly NearMiss[] = [
  {
    family: 'formula',
    whole: '得分=分值×实际完成任务量/绩效目标设定任务量×100%',
    actual: '90%',
    misses: [
      ['得分=分值×实际完成任务量/绩效目标设定任务量×100%。未按时报送的另扣1分', '未按时报送的另扣1分'],
      ['得分=分值×实际完成任务量/绩效目标设定任务量×100%,质量不达标的酌情扣分', '酌情扣分'],
      ['质量不达标的酌情扣分,得分=分值×实际完成任务量/绩效目标设定任务量×100%', '质量不达标的酌情扣分'],
    ],
  },
  {
    family: 'counted-table',
    whole: '“三公”经费决算数一项超预算扣0.5分,两项扣1分。',
    actual: 1,
    misses: [['“三公”经费决算数一项超预算扣0.5分,两项扣1分,且未说明原因的另扣0.5分。', '另扣0.5分']],
  },
  {
    family: 'steps',
    whole: '达到95%以上得满分。相较95%,每降低5个百分点扣1分,直至扣完。',
    actual: '89%',
    misses: [
      ['达到95%以上得满分。相较95%,每降低5个百分点扣1分,直至扣完。出现重大事故的扣2分', '出现重大事故的扣2分'],
      ['达到95%以上且无投诉的得满分。相较95%,每降低5个百分点扣1分,直至扣完。', '达到95%以上且无投诉的得满分'],
    ],
  },
  {
    family: 'rate-tiers',
    whole: '达96%以上,不扣分;达92%以上,按80%打分;未达到92%,不得分。',
    actual: '93%',
    misses: [
      ['达96%以上,不扣分;达92%以上且无重大问题,按80%打分;未达到92%,不得分。', '达92%以上且无重大问题'],
      ['达96%以上,不扣分;达92%以上,按80%打分;未达到92%,视情况扣分。', '视情况扣分'],
    ],
  },
  {
    family: 'range-tiers',
    whole: '≥90%，计5分；80%（含）-90%，计4分；低于80%不得分',
    actual: '85%',
    misses: [['≥90%，计5分；80%（含）-90%，计4分；低于80%不得分；连续两年低于80%的另扣2分', '连续两年低于80%的另扣2分']],
  },
  {
    family: 'checklist',
    whole: '①制度健全,得1分;②执行有效,得1分。',
    actual: '是,是',
    misses: [
      ['①制度健全,得1分;②执行有效,得1分;③有创新做法的加1分。', '③有创新做法的加1分'],
      ['①制度健全,得1分;②执行有效,酌情给分。', '②执行有效,酌情给分'],
      ['如发现问题酌情扣分,①制度健全,得1分;②执行有效,得1分。', '如发现问题酌情扣分'],
    ],
  },
  {
    family: 'yes-no',
    whole: '有内部控制制度的计2分，没有不得分',
    actual: '有',
    misses: [['有内部控制制度的计2分，没有不得分，制度不完善的酌情扣分', '制度不完善的酌情扣分']],
  },
  {
    family: 'categorical',
    whole: '无结余的得3分；有结余但不超过上年结转的得2分；超过的不得分',
    actual: '无结余',
    misses: [['无结余的得3分；有结余但不超过上年结转的得2分；超过的不得分；结余较大的视情况扣分', '结余较大的视情况扣分']],
  },
  {
    family: 'per-item',
    whole: '每发现一处问题扣0.5分，扣完为止',
    actual: 1,
    misses: [
      ['每发现一处问题扣0.5分，扣完为止；情节严重的扣1-2分', '情节严重的扣1-2分'],
      ['超过10%的扣1分', '超过10%的扣1分'],
    ],
  },
  {
    family: 'composite',
    whole: '未申报扣0.5分；不规范扣0.5分；不匹配扣1分，直至扣完',
    actual: '1,0,0',
    misses: [['未申报扣0.5分；不规范扣0.5分；不匹配扣1分，直至扣完；其他问题酌情扣分', '其他问题酌情扣分']],
  },
  {
    family: 'proportional',
    whole: '按完成比例计算得分，满分为止',
    actual: '90%',
    misses: [['按完成比例计算得分，满分为止；未按时完成的另扣1分', '未按时完成的另扣1分']],
  },
];
