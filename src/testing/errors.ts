/**
 * The error answers of the offline server: every code is one the seed
 * documents list (`/work/shared/seeds/`, the 错误码 tables), with the HTTP
 * status and `msg` they give, and the seed line it comes from.
 */
import {feishuErrorCodes} from '../feishu/errors.js'

/** One documented error code, and where the documents give it. */
export interface DocumentedError {
  code: number
  httpStatus: number
  msg: string
  /** `file:line` in the seed documents (`000_…` period list, `001_…` period create, `002_…` progress get, `003_…` progress create). */
  seeds: readonly string[]
}

const seedLines: Record<number, readonly string[]> = {
  1009999: ['000_bbb5ab72933eac06.txt:95', '001_323f139443d0af67.txt:80', '002_4615e32c1993a265.txt:173', '003_b554ef9b2932c24f.txt:922'],
  1009998: ['000_bbb5ab72933eac06.txt:96', '002_4615e32c1993a265.txt:174', '003_b554ef9b2932c24f.txt:923'],
  1001001: ['000_bbb5ab72933eac06.txt:97', '001_323f139443d0af67.txt:81', '002_4615e32c1993a265.txt:175', '003_b554ef9b2932c24f.txt:924'],
  1001002: ['000_bbb5ab72933eac06.txt:98', '001_323f139443d0af67.txt:82', '002_4615e32c1993a265.txt:176', '003_b554ef9b2932c24f.txt:925'],
  1001003: ['000_bbb5ab72933eac06.txt:99', '001_323f139443d0af67.txt:83', '002_4615e32c1993a265.txt:177', '003_b554ef9b2932c24f.txt:926'],
  1001004: ['000_bbb5ab72933eac06.txt:100', '001_323f139443d0af67.txt:84', '002_4615e32c1993a265.txt:178', '003_b554ef9b2932c24f.txt:927'],
  1000403: ['001_323f139443d0af67.txt:85'],
  1001008: ['001_323f139443d0af67.txt:86'],
  1001009: ['001_323f139443d0af67.txt:87']
}

/** Every error code the offline server answers with, as the seed documents give it. */
export const documentedErrors: Readonly<Record<number, DocumentedError>> = Object.fromEntries(
  Object.entries(seedLines).map(([code, seeds]) => {
    const info = feishuErrorCodes[Number(code)]!
    return [code, {code: Number(code), httpStatus: info.httpStatus, msg: info.description, seeds}]
  })
)

/** A documented error code the server answers with; `violations` name the fields (1001001). */
export class ApiFailure extends Error {
  readonly code: number
  readonly httpStatus: number
  readonly violations: ReadonlyArray<{field: string; description: string}>

  constructor(code: number, violations: ReadonlyArray<{field: string; description: string}> = [], httpStatus?: number) {
    const known = documentedErrors[code]
    super(known?.msg ?? `error ${code}`)
    this.code = code
    this.httpStatus = httpStatus ?? known?.httpStatus ?? 400
    this.violations = violations
  }
}
