// Data-validation and conditional-format rules and their builders (SpreadsheetApp.newDataValidation / newConditionalFormatRule).
import { FAKE_TYPE } from '../../meter';
import type { ConditionalRuleState, ValidationRuleState } from '../../world';
import type { Box } from './a1';
import { BOOLEAN_CRITERIA, DATA_VALIDATION_CRITERIA, SELF, type SheetsContext, unwrap } from './common';
import { gasError } from './model';
import type { RangeFake } from './range.fake';

type GasDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GasDataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GasCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
type GasConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GasConditionalFormatRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GasBooleanCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
type GasBooleanCriteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

/** A validation rule without its storage id. */
export type ValidationSpec = Omit<ValidationRuleState, 'id'>;

const CRITERIA_OF: Record<ValidationSpec['kind'], keyof typeof DATA_VALIDATION_CRITERIA> = {
  list: 'VALUE_IN_LIST',
  checkbox: 'CHECKBOX',
  email: 'TEXT_IS_VALID_EMAIL',
  date: 'DATE_IS_VALID_DATE',
  number: 'NUMBER_BETWEEN',
};

function copySpec(s: ValidationSpec): ValidationSpec {
  const out: ValidationSpec = { kind: s.kind, allowInvalid: s.allowInvalid };
  if (s.values) out.values = s.values.slice();
  if (s.showDropdown !== undefined) out.showDropdown = s.showDropdown;
  if (s.helpText !== undefined) out.helpText = s.helpText;
  return out;
}

function criteriaValues(s: ValidationSpec): unknown[] {
  switch (s.kind) {
    case 'list':
      return [(s.values ?? []).slice(), s.showDropdown !== false];
    case 'number':
      return (s.values ?? []).map(Number);
    case 'checkbox':
      return (s.values ?? []).slice();
    default:
      return [];
  }
}

/** A built rule (https://developers.google.com/apps-script/reference/spreadsheet/data-validation). */
export class DataValidationFake
  implements Pick<GasDataValidation, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'>
{
  readonly [FAKE_TYPE] = 'DataValidation';
  readonly [SELF] = this;

  constructor(readonly spec: ValidationSpec) {}

  copy(): GasDataValidationBuilder {
    return validationBuilderApi(new DataValidationBuilderFake(copySpec(this.spec)));
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  getCriteriaType(): GasCriteria {
    return DATA_VALIDATION_CRITERIA[CRITERIA_OF[this.spec.kind]] as unknown as GasCriteria;
  }

  getCriteriaValues(): unknown[] {
    return criteriaValues(this.spec);
  }

  getHelpText(): string {
    return this.spec.helpText ?? '';
  }
}

export function validationApi(v: DataValidationFake): GasDataValidation {
  return v as unknown as GasDataValidation;
}

/** The builder (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder). */
export class DataValidationBuilderFake
  implements
    Pick<
      GasDataValidationBuilder,
      | 'build'
      | 'copy'
      | 'getAllowInvalid'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getHelpText'
      | 'requireCheckbox'
      | 'requireDate'
      | 'requireNumberBetween'
      | 'requireTextIsEmail'
      | 'requireValueInList'
      | 'setAllowInvalid'
      | 'setHelpText'
    >
{
  readonly [FAKE_TYPE] = 'DataValidationBuilder';

  private spec: ValidationSpec | null;
  private allowInvalid: boolean;
  private helpText: string | undefined;

  constructor(spec?: ValidationSpec) {
    this.spec = spec ? copySpec(spec) : null;
    this.allowInvalid = spec ? spec.allowInvalid : true;
    this.helpText = spec?.helpText;
  }

  private set(spec: ValidationSpec): GasDataValidationBuilder {
    this.spec = spec;
    return validationBuilderApi(this);
  }

  build(): GasDataValidation {
    if (!this.spec) throw gasError('The data validation rule has no criteria. Call one of the require… methods first.');
    const spec = copySpec(this.spec);
    spec.allowInvalid = this.allowInvalid;
    if (this.helpText !== undefined) spec.helpText = this.helpText;
    else delete spec.helpText;
    return validationApi(new DataValidationFake(spec));
  }

  copy(): GasDataValidationBuilder {
    const b = new DataValidationBuilderFake(this.spec ?? undefined);
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return validationBuilderApi(b);
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getCriteriaType(): GasCriteria {
    if (!this.spec) throw gasError('The data validation rule has no criteria.');
    return DATA_VALIDATION_CRITERIA[CRITERIA_OF[this.spec.kind]] as unknown as GasCriteria;
  }

  getCriteriaValues(): unknown[] {
    return this.spec ? criteriaValues(this.spec) : [];
  }

  getHelpText(): string | null {
    return this.helpText ?? null;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GasDataValidationBuilder {
    const values: string[] = [];
    if (checkedValue !== undefined) values.push(String(checkedValue));
    if (uncheckedValue !== undefined) values.push(String(uncheckedValue));
    const spec: ValidationSpec = { kind: 'checkbox', allowInvalid: true };
    if (values.length) spec.values = values;
    return this.set(spec);
  }

  requireDate(): GasDataValidationBuilder {
    return this.set({ kind: 'date', allowInvalid: true });
  }

  requireNumberBetween(start: number, end: number): GasDataValidationBuilder {
    return this.set({ kind: 'number', values: [String(start), String(end)], allowInvalid: true });
  }

  requireTextIsEmail(): GasDataValidationBuilder {
    return this.set({ kind: 'email', allowInvalid: true });
  }

  requireValueInList(values: string[], showDropdown?: boolean): GasDataValidationBuilder {
    if (!Array.isArray(values)) throw gasError('The parameters don\'t match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.');
    return this.set({ kind: 'list', values: values.map((v) => String(v)), showDropdown: showDropdown !== false, allowInvalid: true });
  }

  setAllowInvalid(allowInvalidData: boolean): GasDataValidationBuilder {
    this.allowInvalid = allowInvalidData === true;
    return validationBuilderApi(this);
  }

  setHelpText(helpText: string): GasDataValidationBuilder {
    this.helpText = String(helpText);
    return validationBuilderApi(this);
  }
}

export function validationBuilderApi(b: DataValidationBuilderFake): GasDataValidationBuilder {
  return b as unknown as GasDataValidationBuilder;
}

// ---- conditional formatting ----

/** A conditional rule being built or built: one condition, a format, ranges (sheet id + box). */
export interface ConditionalSpec {
  when?: ConditionalRuleState['when'];
  text: string;
  background?: string;
  fontColor?: string;
  ranges: Array<{ sheetId: number; box: Box }>;
}

const BOOLEAN_OF: Record<ConditionalRuleState['when'], keyof typeof BOOLEAN_CRITERIA> = {
  textEqualTo: 'TEXT_EQUAL_TO',
  textContains: 'TEXT_CONTAINS',
  formula: 'CUSTOM_FORMULA',
};

function copyConditional(s: ConditionalSpec): ConditionalSpec {
  return { ...s, ranges: s.ranges.map((r) => ({ sheetId: r.sheetId, box: { ...r.box } })) };
}

class BooleanConditionFake
  implements
    Pick<
      GasBooleanCondition,
      'getBackground' | 'getBold' | 'getCriteriaType' | 'getCriteriaValues' | 'getFontColor' | 'getItalic' | 'getStrikethrough' | 'getUnderline'
    >
{
  readonly [FAKE_TYPE] = 'BooleanCondition';

  constructor(private readonly spec: ConditionalSpec) {}

  getBackground(): string | null {
    return this.spec.background ?? null;
  }
  getBold(): boolean | null {
    return null;
  }
  getCriteriaType(): GasBooleanCriteria {
    if (!this.spec.when) throw gasError('The conditional format rule has no condition.');
    return BOOLEAN_CRITERIA[BOOLEAN_OF[this.spec.when]] as unknown as GasBooleanCriteria;
  }
  getCriteriaValues(): unknown[] {
    return [this.spec.text];
  }
  getFontColor(): string | null {
    return this.spec.fontColor ?? null;
  }
  getItalic(): boolean | null {
    return null;
  }
  getStrikethrough(): boolean | null {
    return null;
  }
  getUnderline(): boolean | null {
    return null;
  }
}

function rangesOf(ctx: SheetsContext, spec: ConditionalSpec): GoogleAppsScript.Spreadsheet.Range[] {
  return spec.ranges.map((r) => ctx.make.range(r.sheetId, r.box));
}

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule */
export class ConditionalFormatRuleFake implements Pick<GasConditionalFormatRule, 'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'> {
  readonly [FAKE_TYPE] = 'ConditionalFormatRule';
  readonly [SELF] = this;

  constructor(
    private readonly ctx: SheetsContext,
    readonly spec: ConditionalSpec,
  ) {}

  copy(): GasConditionalFormatRuleBuilder {
    return conditionalBuilderApi(new ConditionalFormatRuleBuilderFake(this.ctx, copyConditional(this.spec)));
  }
  getBooleanCondition(): GasBooleanCondition | null {
    return this.spec.when ? (new BooleanConditionFake(this.spec) as unknown as GasBooleanCondition) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.ctx, this.spec);
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder */
export class ConditionalFormatRuleBuilderFake
  implements
    Pick<
      GasConditionalFormatRuleBuilder,
      | 'build'
      | 'copy'
      | 'getRanges'
      | 'setBackground'
      | 'setFontColor'
      | 'setRanges'
      | 'whenFormulaSatisfied'
      | 'whenTextContains'
      | 'whenTextEqualTo'
    >
{
  readonly [FAKE_TYPE] = 'ConditionalFormatRuleBuilder';

  constructor(
    private readonly ctx: SheetsContext,
    private spec: ConditionalSpec = { text: '', ranges: [] },
  ) {}

  private self(): GasConditionalFormatRuleBuilder {
    return conditionalBuilderApi(this);
  }

  build(): GasConditionalFormatRule {
    if (!this.spec.when) throw gasError('The conditional format rule has no condition.');
    return new ConditionalFormatRuleFake(this.ctx, copyConditional(this.spec)) as unknown as GasConditionalFormatRule;
  }
  copy(): GasConditionalFormatRuleBuilder {
    return conditionalBuilderApi(new ConditionalFormatRuleBuilderFake(this.ctx, copyConditional(this.spec)));
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.ctx, this.spec);
  }
  setBackground(color: string | null): GasConditionalFormatRuleBuilder {
    if (color === null) delete this.spec.background;
    else this.spec.background = String(color);
    return this.self();
  }
  setFontColor(color: string | null): GasConditionalFormatRuleBuilder {
    if (color === null) delete this.spec.fontColor;
    else this.spec.fontColor = String(color);
    return this.self();
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GasConditionalFormatRuleBuilder {
    this.spec.ranges = Array.from(ranges, (r) => {
      const fake = unwrap<RangeFake>(r, 'Range');
      if (!fake) throw gasError("The parameters don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.");
      return { sheetId: fake.sheetId, box: { ...fake.box } };
    });
    return this.self();
  }
  whenFormulaSatisfied(formula: string): GasConditionalFormatRuleBuilder {
    this.spec.when = 'formula';
    this.spec.text = String(formula);
    return this.self();
  }
  whenTextContains(text: string): GasConditionalFormatRuleBuilder {
    this.spec.when = 'textContains';
    this.spec.text = String(text);
    return this.self();
  }
  whenTextEqualTo(text: string): GasConditionalFormatRuleBuilder {
    this.spec.when = 'textEqualTo';
    this.spec.text = String(text);
    return this.self();
  }
}

export function conditionalBuilderApi(b: ConditionalFormatRuleBuilderFake): GasConditionalFormatRuleBuilder {
  return b as unknown as GasConditionalFormatRuleBuilder;
}

