/**
 * What the offline server holds: issued tokens, progress records, periods and
 * their rules, uploaded images, and the directory of people. In memory only.
 */
import type {Content} from '../model/types.js'
import type {ProgressRate} from '../feishu/progress/request.js'

/** A person of the offline tenant: their ids, names, and the e-mail address `batch_get_id` resolves. */
export interface ServerUser {
  openId: string
  name: string
  enName?: string | undefined
  userId?: string | undefined
  unionId?: string | undefined
  email?: string | undefined
  mobile?: string | undefined
}

/**
 * A period rule: periods `months` long, starting in the months `firstMonth`
 * (1–12) + k × `months`. A start month elsewhere does not fit the rule (1001009).
 */
export interface PeriodRule {
  id: string
  months: number
  firstMonth: number
}

/** A period as the list endpoint sends it (seed 000, lines 58–68). */
export interface ServerPeriod {
  id: string
  zh_name: string
  en_name: string
  status: 0 | 1 | 2 | 3
  period_start_time: string
  period_end_time: string
  /** The rule it was made by (not sent). */
  ruleId?: string | undefined
  /** `YYYY-MM` (not sent). */
  startMonth?: string | undefined
}

/** A stored progress record (seed 002, lines 255–317). */
export interface StoredRecord {
  progress_id: string
  modify_time: string
  content: Content
  progress_rate?: ProgressRate | undefined
  /** What it was created on (not sent by get). */
  target_id: string
  target_type: number
  source_title: string
  source_url: string
}

/** An uploaded image. */
interface StoredImage {
  fileToken: string
  bytes: Uint8Array
  mimeType: string
  fileName: string
  targetId: string
  targetType: number
}

export class ServerState {
  readonly tokens = new Set<string>()
  readonly records = new Map<string, StoredRecord>()
  readonly periods: ServerPeriod[]
  readonly rules: PeriodRule[]
  readonly images = new Map<string, StoredImage>()
  readonly users: ServerUser[]
  /** Ids count up from a fixed start, so that runs are reproducible. */
  private nextId = 7_046_518_160_811_425_812n

  constructor(init: {periods: ServerPeriod[]; rules: PeriodRule[]; users: ServerUser[]; records: readonly StoredRecord[]}) {
    for (const record of init.records) this.records.set(record.progress_id, structuredClone(record))
    this.periods = [...init.periods]
    this.rules = [...init.rules]
    this.users = [...init.users]
  }

  /** A new id, unused by the records held. */
  id(): string {
    do this.nextId += 1n
    while (this.records.has(String(this.nextId)))
    return String(this.nextId)
  }

  userByOpenId(openId: string): ServerUser | undefined {
    return this.users.find((user) => user.openId === openId)
  }
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The period a rule makes from `YYYY-MM`, named as the seed's example names them (`2022 年 1 月 - 3 月`, `Jan - Mar 2022`). */
export function periodFrom(id: string, rule: PeriodRule, startMonth: string): ServerPeriod & {endMonth: string} {
  const [year, month] = startMonth.split('-').map(Number) as [number, number]
  const start = Date.UTC(year, month - 1, 1)
  const end = Date.UTC(year, month - 1 + rule.months, 1) - 1
  const last = new Date(end)
  const endMonth = `${last.getUTCFullYear()}-${String(last.getUTCMonth() + 1).padStart(2, '0')}`
  const endYear = last.getUTCFullYear()
  const lastMonth = last.getUTCMonth() + 1
  const zhEnd = endYear === year ? `${lastMonth} 月` : `${endYear} 年 ${lastMonth} 月`
  return {
    id,
    zh_name: `${year} 年 ${month} 月 - ${zhEnd}`,
    en_name: `${monthNames[month - 1]}${endYear === year ? '' : ` ${year}`} - ${monthNames[lastMonth - 1]} ${endYear}`,
    status: 0,
    period_start_time: String(start),
    period_end_time: String(end),
    ruleId: rule.id,
    startMonth,
    endMonth
  }
}

/** Whether `YYYY-MM` is a month the rule starts periods in. */
export function fitsRule(rule: PeriodRule, startMonth: string): boolean {
  const month = Number(startMonth.slice(5))
  return (((month - rule.firstMonth) % rule.months) + rule.months) % rule.months === 0
}
