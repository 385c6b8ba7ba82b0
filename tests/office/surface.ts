/**
 * What the Office host touches of the Excel API, found in its code by the TypeScript checker (no list kept
 * by hand): every property access and call on an Excel or OfficeExtension proxy type, every property path
 * given to `load`, every `Excel.run` option; each with the capability checks (`features.notes` …) in force
 * where it is written. `violations` holds them to Microsoft's shipped runtime and the requirement sets of
 * @types/office-js (its `[Api set: ExcelApi 1.x]` doc comments): a member above ExcelApi 1.6 or missing
 * from the runtime must sit behind the capability that lists it (src/hosts/office/features.ts).
 *
 * `typingsUpTo` cuts @types/office-js down to the members of the ExcelApi sets up to one version, so the
 * host can also be compiled against the floor the manifest declares and see each error land on a guard.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { CAPABILITIES, CAPABILITY_IDS, type CapabilityId } from '../../src/hosts/office/features';

export const ROOT = resolve(__dirname, '../..');
const OFFICE_TYPES_PATH = 'node_modules/@types/office-js/index.d.ts';
export const OFFICE_TYPES = join(ROOT, OFFICE_TYPES_PATH);
/** The manifest's `<Set Name="ExcelApi" MinVersion="1.6"/>`. */
export const FLOOR = 6;

export interface Access {
  readonly file: string;
  readonly line: number;
  /** Where the member's name starts in its file, to match compiler diagnostics. */
  readonly start: number;
  /** `Worksheet`, `OfficeExtension.ClientRequestContext`, `Excel` (the namespace), `RunOptions`. */
  readonly className: string;
  readonly member: string;
  readonly kind: 'member' | 'load' | 'runOption';
  /** The capabilities checked true wherever this runs. */
  readonly guards: ReadonlySet<CapabilityId>;
  /** The member's ExcelApi minor version from its doc comment (FLOOR or less when none). */
  readonly set: number;
  /** Its class's own set, for members of classes a capability brings. */
  readonly classSet: number;
}

/** `[Api set: ExcelApi 1.18]` → 18; ExcelApiOnline, preview or other sets → Infinity; none → 0. */
export function apiSetOf(declaration: ts.Node | undefined): number {
  if (!declaration) return 0;
  const source = declaration.getSourceFile().text;
  const comments = ts.getLeadingCommentRanges(source, declaration.getFullStart()) ?? [];
  const text = comments.map((c) => source.slice(c.pos, c.end)).join('\n');
  const set = /\[Api set: ([^\]]+)\]/.exec(text)?.[1];
  if (!set) return 0;
  const release = /^ExcelApi (\d+)\.(\d+)/.exec(set);
  return release ? Number(release[2]) : Infinity;
}

function inOfficeTypes(symbol: ts.Symbol | undefined): boolean {
  return !!symbol?.declarations?.some((d) =>
    d.getSourceFile().fileName.endsWith('@types/office-js/index.d.ts'),
  );
}

/** `Excel.Worksheet` → `Worksheet`; `OfficeExtension.EventHandlerResult<T>` → with its namespace. */
function proxyClassName(
  checker: ts.TypeChecker,
  type: ts.Type,
): { name: string; symbol: ts.Symbol } | undefined {
  const symbol = type.getSymbol() ?? type.aliasSymbol;
  if (!symbol || !inOfficeTypes(symbol) || !(symbol.flags & ts.SymbolFlags.Class)) return undefined;
  const full = checker.getFullyQualifiedName(symbol);
  if (full.startsWith('Excel.')) return full.includes('.', 6) ? undefined : { name: full.slice(6), symbol };
  if (full.startsWith('OfficeExtension.')) return { name: full, symbol };
  return undefined;
}

function constituents(type: ts.Type): ts.Type[] {
  return type.isUnion() ? type.types : [type];
}

/** The capability a condition asserts true: `features.notes`, `choices.oneUndoStep?.undoGroup`. */
function asserted(checker: ts.TypeChecker, expression: ts.Expression): CapabilityId | undefined {
  if (!ts.isPropertyAccessExpression(expression)) return undefined;
  const id = expression.name.text as CapabilityId;
  if (!CAPABILITY_IDS.includes(id)) return undefined;
  const receiver = checker.getNonNullableType(checker.getTypeAtLocation(expression.expression));
  const isFeatures = CAPABILITY_IDS.every((c) => receiver.getProperty(c));
  return isFeatures ? id : undefined;
}

function unparenthesize(e: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(e) ? unparenthesize(e.expression) : e;
}

/** Capabilities known true when `e` is true (`true`) or false (`false`). */
function implied(checker: ts.TypeChecker, expression: ts.Expression, when: boolean): Set<CapabilityId> {
  const e = unparenthesize(expression);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
    return implied(checker, e.operand, !when);
  }
  if (ts.isBinaryExpression(e)) {
    const and = e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken;
    const or = e.operatorToken.kind === ts.SyntaxKind.BarBarToken;
    // Both sides hold when `a && b` is true, or when `a || b` is false.
    if ((and && when) || (or && !when)) {
      return new Set([...implied(checker, e.left, when), ...implied(checker, e.right, when)]);
    }
    return new Set();
  }
  const id = asserted(checker, e);
  return id && when ? new Set([id]) : new Set();
}

function exits(statement: ts.Statement): boolean {
  if (ts.isBlock(statement)) return statement.statements.length > 0 && exits(statement.statements.at(-1)!);
  return (
    ts.isReturnStatement(statement) ||
    ts.isContinueStatement(statement) ||
    ts.isBreakStatement(statement) ||
    ts.isThrowStatement(statement)
  );
}

/** The capability checks in force at `node`: enclosing branches, and earlier `if (!features.x) return;`. */
export function guardsAt(checker: ts.TypeChecker, node: ts.Node): Set<CapabilityId> {
  const guards = new Set<CapabilityId>();
  const add = (ids: Iterable<CapabilityId>) => {
    for (const id of ids) guards.add(id);
  };
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) add(implied(checker, parent.expression, true));
      if (child === parent.elseStatement) add(implied(checker, parent.expression, false));
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) add(implied(checker, parent.condition, true));
      if (child === parent.whenFalse) add(implied(checker, parent.condition, false));
    } else if (ts.isBinaryExpression(parent) && child === parent.right) {
      const kind = parent.operatorToken.kind;
      if (kind === ts.SyntaxKind.AmpersandAmpersandToken) add(implied(checker, parent.left, true));
      if (kind === ts.SyntaxKind.BarBarToken) add(implied(checker, parent.left, false));
    } else if ((ts.isBlock(parent) || ts.isSourceFile(parent)) && ts.isStatement(child as ts.Node)) {
      const statements = parent.statements as ts.NodeArray<ts.Statement>;
      for (const earlier of statements.slice(0, statements.indexOf(child as ts.Statement))) {
        if (ts.isIfStatement(earlier) && !earlier.elseStatement && exits(earlier.thenStatement)) {
          add(implied(checker, earlier.expression, false));
        }
      }
    }
  }
  return guards;
}

/** Every touch of the Excel API in `files` (paths of the program's source files). */
export function officeAccesses(program: ts.Program, files: readonly string[]): Access[] {
  const checker = program.getTypeChecker();
  const accesses: Access[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not in the program`);
    const record = (
      node: ts.Node,
      at: ts.Node,
      className: string,
      member: string,
      kind: Access['kind'],
      declaration?: ts.Node,
      classDeclaration?: ts.Node,
    ) => {
      accesses.push({
        file: file.startsWith(ROOT) ? file.slice(ROOT.length + 1) : file,
        line: source.getLineAndCharacterOfPosition(at.getStart()).line + 1,
        start: at.getStart(),
        className,
        member,
        kind,
        guards: guardsAt(checker, node),
        set: apiSetOf(declaration),
        classSet: apiSetOf(classDeclaration),
      });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const member = node.name.text;
        const receiver = node.expression;
        const symbol = checker.getSymbolAtLocation(receiver);
        if (
          symbol &&
          symbol.flags & ts.SymbolFlags.Namespace &&
          checker.getFullyQualifiedName(symbol) === 'Excel'
        ) {
          const target = checker.getSymbolAtLocation(node.name);
          if (
            target &&
            target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Enum)
          ) {
            record(node, node.name, 'Excel', member, 'member', target.declarations?.[0]);
          }
        } else {
          const type = checker.getNonNullableType(checker.getTypeAtLocation(receiver));
          for (const part of constituents(type)) {
            const proxy = proxyClassName(checker, part);
            if (!proxy) continue;
            const property = part.getProperty(member);
            record(
              node,
              node.name,
              proxy.name,
              member,
              'member',
              property?.declarations?.[0],
              proxy.symbol.declarations?.[0],
            );
          }
        }
      }
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'load'
      ) {
        const [argument] = node.arguments;
        if (argument && ts.isStringLiteralLike(argument)) {
          const receiver = checker.getNonNullableType(checker.getTypeAtLocation(node.expression.expression));
          for (const path of argument.text.split(',').map((p) => p.trim())) {
            let types = constituents(receiver);
            for (const segment of path.split('/')) {
              const next: ts.Type[] = [];
              for (const type of types) {
                const proxy = proxyClassName(checker, type);
                if (!proxy) continue;
                const property = type.getProperty(segment);
                record(
                  node,
                  argument,
                  proxy.name,
                  segment,
                  'load',
                  property?.declarations?.[0],
                  proxy.symbol.declarations?.[0],
                );
                if (!property) continue;
                let value = checker.getNonNullableType(checker.getTypeOfSymbol(property));
                if (checker.isArrayType(value))
                  value = checker.getTypeArguments(value as ts.TypeReference)[0];
                next.push(...constituents(value));
              }
              types = next;
            }
          }
        }
      }
      if (ts.isObjectLiteralExpression(node)) {
        const contextual = checker.getContextualType(node);
        const symbol = contextual && (contextual.aliasSymbol ?? contextual.getSymbol());
        if (symbol?.name === 'RunOptions' && inOfficeTypes(symbol)) {
          for (const property of node.properties) {
            if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
            const name = property.name.getText(source);
            const declaration = contextual!.getProperty(name)?.declarations?.[0];
            record(property, property.name, 'RunOptions', name, 'runOption', declaration);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return accesses;
}

/** What the shipped runtimes have, as `violations` needs it. */
export interface RuntimeFacts {
  /** The runtime files lacking `className.member` (none: all have it). */
  readonly lacking: (className: string, member: string) => readonly string[];
  /** The runtime files not reading this `Excel.run` option. */
  readonly notReading: (option: string) => readonly string[];
}

export interface Violation {
  readonly at: string;
  readonly access: string;
  readonly why: string;
}

const setName = (minor: number) =>
  Number.isFinite(minor) ? `ExcelApi 1.${minor}` : 'no released ExcelApi set';

/**
 * The touches that break the rule: above the floor or missing from a runtime, and neither under the
 * capability that lists the member nor on a class that only a capability reaches.
 */
export function violations(accesses: readonly Access[], runtime: RuntimeFacts): Violation[] {
  const found: Violation[] = [];
  for (const a of accesses) {
    const lacking =
      a.kind === 'runOption' ? runtime.notReading(a.member) : runtime.lacking(a.className, a.member);
    if (a.set <= FLOOR && lacking.length === 0) continue;
    const qualified = `${a.className}.${a.member}`;
    const at = `${a.file}:${a.line}`;
    const above = [
      a.set > FLOOR ? setName(a.set) : '',
      lacking.length ? `missing from ${lacking.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    const entry = CAPABILITY_IDS.find((id) =>
      a.kind === 'runOption'
        ? CAPABILITIES[id].runOption === a.member
        : CAPABILITIES[id].members.includes(qualified),
    );
    if (entry) {
      const capability = CAPABILITIES[entry];
      const set = Number(capability.set.split('.')[1]);
      if (!a.guards.has(entry)) {
        found.push({ at, access: qualified, why: `${above}: not under features.${entry}` });
      } else if (a.set > set) {
        found.push({
          at,
          access: qualified,
          why: `${setName(a.set)} is above features.${entry}'s ${capability.set}`,
        });
      }
      continue;
    }
    const owner = CAPABILITY_IDS.find((id) => CAPABILITIES[id].classes.includes(a.className));
    if (owner) {
      const capability = CAPABILITIES[owner];
      const set = Number(capability.set.split('.')[1]);
      // Its instances come only from the owner's guarded members; the member must come with them.
      const entryLacking = new Set(
        capability.members.flatMap((m) => runtime.lacking(...(m.split('.') as [string, string]))),
      );
      const alone = lacking.filter((file) => !entryLacking.has(file));
      if (a.set > set || alone.length > 0) {
        found.push({
          at,
          access: qualified,
          why: `${above}: ${a.className} comes with features.${owner} (${capability.set}), this member does not`,
        });
      }
      continue;
    }
    found.push({ at, access: qualified, why: `${above}, and no capability check guards it` });
  }
  return found;
}

/**
 * @types/office-js as far as an Excel add-in reads it: the Office, OfficeExtension, OfficeCore and Excel
 * namespaces (Word, OneNote, Visio and PowerPoint, half the file, are cut), parsed once.
 */
let excelOnly: ts.SourceFile | undefined;

function excelTypings(): ts.SourceFile {
  if (!excelOnly) {
    const text = readFileSync(OFFICE_TYPES, 'utf8');
    const end = text.indexOf('\ndeclare namespace Word {');
    excelOnly = ts.createSourceFile(
      OFFICE_TYPES,
      end < 0 ? text : text.slice(0, end + 1),
      ts.ScriptTarget.Latest,
      true,
    );
  }
  return excelOnly;
}

/** Those typings without the Excel members of sets above ExcelApi 1.`upTo` (nor preview or online-only ones). */
export function typingsUpTo(upTo: number): string {
  const source = excelTypings();
  const cuts: [number, number][] = [];
  const visitMembers = (members: ts.NodeArray<ts.ClassElement | ts.TypeElement>) => {
    for (const member of members)
      if (apiSetOf(member) > upTo) cuts.push([member.getFullStart(), member.getEnd()]);
  };
  const visit = (node: ts.Node, inExcel: boolean): void => {
    if (ts.isModuleDeclaration(node)) {
      const excel = inExcel || (node.name.getText(source) === 'Excel' && ts.isSourceFile(node.parent));
      if (node.body) ts.forEachChild(node.body, (child) => visit(child, excel));
      return;
    }
    if (inExcel && (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)))
      visitMembers(node.members);
  };
  ts.forEachChild(source, (node) => visit(node, false));
  const kept: string[] = [];
  let from = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    kept.push(source.text.slice(from, start));
    from = end;
  }
  kept.push(source.text.slice(from));
  return kept.join('');
}

const sourceCache = new Map<string, ts.SourceFile>();

/**
 * A program over `roots` as tsconfig.json compiles them, with @types/office-js replaced by `officeTypes`
 * when given, and `extra` files held in memory. Source files other than the typings are parsed once.
 */
export function programOf(
  roots: readonly string[],
  { officeTypes, extra = {} }: { officeTypes?: string; extra?: Readonly<Record<string, string>> } = {},
): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const options = { ...config.options, noEmit: true, types: ['office-js'] };
  const host = ts.createCompilerHost(options, true);
  const read = host.readFile.bind(host);
  const isOfficeTypes = (file: string) => officeTypes !== undefined && file.endsWith(OFFICE_TYPES_PATH);
  host.readFile = (file) => extra[file] ?? (isOfficeTypes(file) ? officeTypes : read(file));
  host.fileExists = (
    (exists) => (file: string) =>
      file in extra || exists(file)
  )(host.fileExists.bind(host));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, fresh) => {
    const custom = file in extra || isOfficeTypes(file);
    if (custom) return ts.createSourceFile(file, host.readFile(file)!, language, true);
    let cached = sourceCache.get(file);
    if (!cached || fresh) {
      cached = getSourceFile(file, language, onError, fresh);
      if (cached) sourceCache.set(file, cached);
    }
    return cached;
  };
  return ts.createProgram([...roots, ...Object.keys(extra)], options, host);
}
