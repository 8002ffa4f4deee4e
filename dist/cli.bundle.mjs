import { createRequire as __oplintRequire } from 'node:module'; const require = __oplintRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading2, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading2), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading2) {
        this.helpGroupHeading = heading2;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key2) => {
          if (this.positiveOptions.has(key2)) {
            this.dualOptions.add(key2);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance3(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance3(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process3 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process3.stdout.write(str),
          writeErr: (str) => process3.stderr.write(str),
          outputError: (str, write2) => write2(str),
          getOutHelpWidth: () => process3.stdout.isTTY ? process3.stdout.columns : void 0,
          getErrHelpWidth: () => process3.stderr.isTTY ? process3.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process3.stdout.isTTY && process3.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process3.stderr.isTTY && process3.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process3.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex2 = fn;
          fn = (val, def) => {
            const m = regex2.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key2) {
        if (this._storeOptionsAsProperties) {
          return this[key2];
        }
        return this._optionValues[key2];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key2, value) {
        return this.setOptionValueWithSource(key2, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key2, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key2] = value;
        } else {
          this._optionValues[key2] = value;
        }
        this._optionValueSources[key2] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key2) {
        return this._optionValueSources[key2];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key2) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key2) !== void 0) {
            source = cmd.getOptionValueSource(key2);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process3.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process3.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process3.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process3.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process3.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process3.execArgv).concat(args);
            proc = childProcess.spawn(process3.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process3.execArgv).concat(args);
          proc = childProcess.spawn(process3.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process3.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process3.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process3.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key2 = this.options[i].attributeName();
            result[key2] = key2 === this._versionOptionName ? this._version : this[key2];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process3.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process3.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading2) {
        if (heading2 === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading2;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading2) {
        if (heading2 === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading2;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading2) {
        if (heading2 === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading2;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write2 = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write: write2, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process3.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process3.env.NO_COLOR || process3.env.FORCE_COLOR === "0" || process3.env.FORCE_COLOR === "false")
        return false;
      if (process3.env.FORCE_COLOR || process3.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM2 = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key2, value) => {
      Object.defineProperty(object, key2, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern2, start) => {
      const { length } = pattern2;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern2[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern2[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern2[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern2[index + 1] !== "]") {
          index++;
          let to = pattern2[index];
          if (to === ESCAPE) {
            to = pattern2[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern2[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern2[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern2[end - 1] === ":") {
            const name = pattern2.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern2[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern2) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern2;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern2[index];
        if (char === ESCAPE) {
          const escaped = pattern2[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern2.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern2, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space2) => space2 ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern2) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern2) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern2) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern2)) {
        pattern2 = "**";
      }
      const { source, sources } = extractBrackets(pattern2);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern2);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern2)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern2 = (pattern2) => pattern2 && isString(pattern2);
    var splitPattern = (pattern2) => (pattern2[pattern2.length - 1] === "\r" ? pattern2.slice(0, -1) : pattern2).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern2, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern2;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key2 = UNDERSCORE + MODE_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_IGNORE, key2);
      }
      get checkRegex() {
        const key2 = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_CHECK_IGNORE, key2);
      }
      _make(mode, key2) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex2 = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key2, regex2);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd2 = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd2 - 1] === "\r") {
          lineEnd2--;
        }
        end = lineEnd2;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd2 = end - 1;
      }
      if (end === lineEnd2) {
        return body.slice(0, lineEnd2);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern2, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern2[0] === BOM2 ? pattern2.slice(1) : pattern2;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern2,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern2, index) {
        if (pattern2 && pattern2[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern2._rules._rules);
          this._basenameCount += pattern2._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern2);
        const raw = isStr ? pattern2 : pattern2.pattern;
        const rule = checkPattern2(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern2.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern2) {
        this._added = false;
        this._split = isString(pattern2);
        this._stripBOM = !this._split || pattern2[0] === BOM2;
        makeArray(
          this._split ? splitPattern(pattern2) : pattern2
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename3 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern2) {
        if (this._rules.add(pattern2)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern2) {
        return this.add(pattern2);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache2) {
        if (path in cache2) {
          return cache2[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/io/extract/types.ts
function tidy(text) {
  return text.replace(/\r\n?/g, "\n").replace(/[ \t\u00a0]+$/gm, "").replace(/\n{3,}/g, "\n\n").replace(/^\n+/, "").replace(/\s*$/, "\n");
}
var ExtractError, LineBuilder;
var init_types = __esm({
  "src/io/extract/types.ts"() {
    "use strict";
    ExtractError = class extends Error {
      /** `skip`: not a note at all (a JSON file that is not FHIR) — a note on stderr, not an error, in folder scans. */
      constructor(message, kind = "error") {
        super(message);
        this.kind = kind;
      }
      kind;
      name = "ExtractError";
    };
    LineBuilder = class {
      lines = [];
      locs = [];
      lastKey = "";
      /** Add one or more lines (split on newlines) from `from` (page / segment / section). */
      add(text, from = {}) {
        for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
          const line = raw.replace(/[ \t\u00a0]+$/, "");
          if (line.trim() === "") {
            if (this.lines.length && this.lines[this.lines.length - 1] !== "") this.lines.push("");
            continue;
          }
          const key2 = Object.keys(from).length ? JSON.stringify(from) : "";
          if (key2 !== this.lastKey) {
            this.locs.push({ line: this.lines.length + 1, ...from });
            this.lastKey = key2;
          }
          this.lines.push(line);
        }
      }
      /** A paragraph break (one blank line). */
      blank() {
        if (this.lines.length && this.lines[this.lines.length - 1] !== "") this.lines.push("");
      }
      get empty() {
        return this.lines.every((l) => l.trim() === "");
      }
      text() {
        const lines = [...this.lines];
        while (lines.length && lines[lines.length - 1] === "") lines.pop();
        return lines.length ? `${lines.join("\n")}
` : "";
      }
      locators() {
        return this.locs;
      }
    };
  }
});

// src/io/extract/lazy.ts
async function loadLibrary(name) {
  const embedded = globalThis.__OPLINT_LIBS__?.[name];
  if (embedded) return await embedded();
  const specifier = name;
  return await import(specifier);
}
var init_lazy = __esm({
  "src/io/extract/lazy.ts"() {
    "use strict";
  }
});

// src/io/extract/html.ts
var html_exports = {};
__export(html_exports, {
  htmlToText: () => htmlToText,
  looksHtml: () => looksHtml
});
async function loadConvert(paragraphBreaks) {
  let c = converters.get(paragraphBreaks);
  if (!c) {
    const lib = await loadLibrary("html-to-text");
    const selectors = [...OPTIONS.selectors ?? [], { selector: "p", options: { leadingLineBreaks: paragraphBreaks, trailingLineBreaks: paragraphBreaks } }];
    c = lib.compile({ ...OPTIONS, selectors });
    converters.set(paragraphBreaks, c);
  }
  return c;
}
function looksHtml(head) {
  const h = head.replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*/, "");
  return /^<(?:!doctype\s+html|html|head|body|div|p|h[1-6]|table|pre|span|br|meta|title)\b/i.test(h);
}
async function htmlToText(html, opts = {}) {
  const breaks = opts.paragraphBreaks ?? 2;
  const convert = await loadConvert(breaks);
  const source = breaks === 1 ? html.replace(/<p(\s[^>]*)?>\s*<\/p>/g, `<p$1>${EMPTY_PARAGRAPH}</p>`) : html;
  let text = convert(source);
  if (breaks === 1) text = text.replace(/^\u0001$/gm, "").replace(/\u0001/g, "");
  return tidy(text.replace(/^ (?=(?:\d{1,3}|[A-Za-z]{1,4})\. )/gm, ""));
}
var converters, heading, OPTIONS, EMPTY_PARAGRAPH;
var init_html = __esm({
  "src/io/extract/html.ts"() {
    "use strict";
    init_lazy();
    init_types();
    converters = /* @__PURE__ */ new Map();
    heading = (h) => ({ selector: h, options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 } });
    OPTIONS = {
      wordwrap: false,
      decodeEntities: true,
      selectors: [
        ...["h1", "h2", "h3", "h4", "h5", "h6"].map(heading),
        { selector: "a", options: { ignoreHref: true } },
        { selector: "img", format: "skip" },
        { selector: "script", format: "skip" },
        { selector: "style", format: "skip" },
        { selector: "head", format: "skip" },
        { selector: "ul", options: { itemPrefix: "- ", leadingLineBreaks: 1 } },
        { selector: "ol", options: { leadingLineBreaks: 1 } },
        { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false, colSpacing: 2, maxColumnWidth: 1e4 } }
      ]
    };
    EMPTY_PARAGRAPH = "";
  }
});

// src/io/extract/pdf.ts
var pdf_exports = {};
__export(pdf_exports, {
  looksPdf: () => looksPdf,
  pdfToText: () => pdfToText
});
async function loadPdfjs() {
  if (!getDocumentProxy) getDocumentProxy = (await loadLibrary("unpdf")).getDocumentProxy;
  return getDocumentProxy;
}
function looksPdf(buf) {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, 1024)).toString("latin1");
  return head.includes("%PDF-");
}
function pageLines(items) {
  const lines = [];
  let cur;
  let breakNext = false;
  for (const it of items) {
    const [, , c = 0, d = 0, x = 0, y = 0] = it.transform;
    const size = Math.hypot(c, d) || it.height || 10;
    if (!it.str) {
      if (it.hasEOL) breakNext = true;
      continue;
    }
    const sameLine = cur && !breakNext && Math.abs(y - cur.y) < size * 0.5;
    if (!cur || !sameLine) {
      cur = { text: it.str, y, x0: x, x1: x + it.width, size };
      lines.push(cur);
    } else {
      const gap = x - cur.x1;
      if (gap > size * 0.15 && !/\s$/.test(cur.text) && !/^\s/.test(it.str)) cur.text += " ";
      cur.text += it.str;
      cur.x1 = Math.max(cur.x1, x + it.width);
    }
    breakNext = !!it.hasEOL;
  }
  for (const l of lines) l.text = l.text.replace(/\s+$/, "");
  return lines.filter((l) => l.text.trim() !== "");
}
function layoutPage(lines, out, page2, right) {
  if (!lines.length) return;
  const gaps = [];
  for (let k = 1; k < lines.length; k++) {
    const g = lines[k - 1].y - lines[k].y;
    if (g > 0) gaps.push(g);
  }
  gaps.sort((a, b) => a - b);
  const step = gaps.length ? gaps[Math.floor(gaps.length / 2)] : 0;
  let para = "";
  const from = { page: page2 };
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    para = para ? para.endsWith("-") && /^[a-z]/.test(l.text) ? para + l.text : `${para} ${l.text}` : l.text;
    const next = lines[k + 1];
    const gap = next ? l.y - next.y : 0;
    const wrapped = next !== void 0 && // a wrapped line ends within about one long word of the right edge
    l.x1 >= right - 8 * l.size && !ENDS_SENTENCE.test(l.text) && !STARTS_BLOCK.test(next.text) && gap > 0 && (step === 0 || gap < step * 1.4);
    if (wrapped) continue;
    out.add(para, from);
    para = "";
    if (next && step > 0 && gap > step * 1.6) out.blank();
  }
}
async function pdfToText(buf) {
  const tail = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).subarray(Math.max(0, buf.byteLength - 2048)).toString("latin1");
  if (!tail.includes("%%EOF")) throw new ExtractError("truncated PDF (no end-of-file marker)");
  const open2 = await loadPdfjs();
  let doc;
  try {
    doc = await open2(new Uint8Array(buf), { verbosity: 0, isEvalSupported: false, disableFontFace: true, stopAtErrors: false });
  } catch (err) {
    const e = err;
    if (e.name === "PasswordException") throw new ExtractError("encrypted PDF (a password is needed to open it); not read");
    throw new ExtractError(`corrupt PDF (${(e.message ?? String(err)).split("\n")[0]})`);
  }
  const out = new LineBuilder();
  try {
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page2 = await doc.getPage(p);
      const content = await page2.getTextContent();
      pages.push(pageLines(content.items));
      page2.cleanup?.();
    }
    let right = 0;
    for (const lines of pages) for (const l of lines) right = Math.max(right, l.x1);
    pages.forEach((lines, i) => {
      layoutPage(lines, out, i + 1, right);
      out.blank();
    });
  } catch (err) {
    const e = err;
    throw new ExtractError(`corrupt PDF (${(e.message ?? String(err)).split("\n")[0]})`);
  } finally {
    await doc.destroy().catch(() => void 0);
  }
  if (out.empty) throw new ExtractError("no text layer (scanned image?); oplint does not read images");
  return { text: out.text(), locators: out.locators(), pages: doc.numPages };
}
var getDocumentProxy, ENDS_SENTENCE, STARTS_BLOCK;
var init_pdf = __esm({
  "src/io/extract/pdf.ts"() {
    "use strict";
    init_lazy();
    init_types();
    ENDS_SENTENCE = /[.:;!?)]["']?$/;
    STARTS_BLOCK = /^(?:\d{1,2}[.)]\s|[-•*▪]\s|[A-Z][A-Za-z0-9 /&,()-]{1,40}:(?:\s|$))/;
  }
});

// src/io/size.ts
function formatSize(bytes, digits = 1) {
  const fmt = (v) => {
    const s = v.toFixed(digits);
    return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
  };
  if (bytes >= MiB) return `${fmt(bytes / MiB)} MB`;
  if (bytes >= KiB) return `${fmt(bytes / KiB)} KB`;
  return `${bytes} byte${bytes === 1 ? "" : "s"}`;
}
function sizeMessage(what, size, maxSize) {
  const limit = formatSize(maxSize);
  let shown2 = formatSize(size);
  if (shown2 === limit) shown2 = formatSize(size, 3);
  if (shown2 === limit) shown2 = `${size} bytes`;
  return `${what} is ${shown2}, over the ${limit} limit (--max-size)`;
}
function parseSize(input) {
  if (typeof input === "number") {
    if (Number.isFinite(input) && input > 0) return Math.floor(input);
    throw new RangeError(`invalid size ${String(input)}: expected a positive number of bytes`);
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(input);
  if (!m) throw new RangeError(`invalid size "${input}": use bytes or a unit, e.g. 500k, 5MB`);
  const n = Number(m[1]);
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const mult = unit === "k" ? KiB : unit === "m" ? MiB : unit === "g" ? 1024 * MiB : 1;
  const bytes = Math.floor(n * mult);
  if (bytes <= 0) throw new RangeError(`invalid size "${input}": must be more than 0 bytes`);
  return bytes;
}
var MiB, KiB;
var init_size = __esm({
  "src/io/size.ts"() {
    "use strict";
    MiB = 1024 * 1024;
    KiB = 1024;
  }
});

// src/io/extract/docx.ts
var docx_exports = {};
__export(docx_exports, {
  checkDocxZip: () => checkDocxZip,
  docxToText: () => docxToText,
  inflateEntry: () => inflateEntry,
  zipEntries: () => zipEntries
});
import { inflateRawSync } from "node:zlib";
function zipEntries(buf) {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === 101010256) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ExtractError(CORRUPT);
  const count = dv.getUint16(eocd + 10, true);
  const cdSize = dv.getUint32(eocd + 12, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  if (cdOffset === 4294967295 || count === 65535) throw new ExtractError("DOCX uses zip64 (over 4 GB or 65,535 parts); not read");
  if (cdOffset + cdSize > eocd) throw new ExtractError(CORRUPT);
  const entries = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || dv.getUint32(p, true) !== 33639248) throw new ExtractError(CORRUPT);
    const method = dv.getUint16(p + 10, true);
    const compressedSize = dv.getUint32(p + 20, true);
    const size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const localOffset = dv.getUint32(p + 42, true);
    const name = Buffer.from(buf.buffer, buf.byteOffset + p + 46, nameLen).toString("utf8");
    entries.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
function inflateEntry(buf, e, cap) {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const lh = e.localOffset;
  if (lh + 30 > buf.length || dv.getUint32(lh, true) !== 67324752) throw new ExtractError(CORRUPT);
  const start = lh + 30 + dv.getUint16(lh + 26, true) + dv.getUint16(lh + 28, true);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ExtractError(CORRUPT);
  const data = Buffer.from(buf.buffer, buf.byteOffset + start, e.compressedSize);
  if (e.method === 0) {
    if (data.length > cap) throw new RangeError("over cap");
    return data;
  }
  if (e.method !== 8) throw new ExtractError(`DOCX part ${e.name} uses zip method ${e.method}; not read`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
  } catch (err) {
    if (err.code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) throw new RangeError("over cap");
    throw new ExtractError(CORRUPT);
  }
}
function checkDocxZip(buf, maxSize) {
  const entries = zipEntries(buf);
  if (!entries.some((e) => e.name === "word/document.xml")) {
    throw new ExtractError("zip archive without word/document.xml (not a Word .docx document)");
  }
  let budget = maxSize;
  for (const e of entries) {
    if (!/\.(?:xml|rels)$/i.test(e.name)) continue;
    let out;
    try {
      out = inflateEntry(buf, e, budget + 1);
    } catch (err) {
      if (err instanceof RangeError) throw new ExtractError(bombMessage(maxSize));
      throw err;
    }
    budget -= out.length;
    if (budget < 0) throw new ExtractError(bombMessage(maxSize));
  }
}
async function docxToText(buf, maxSize) {
  checkDocxZip(buf, maxSize);
  if (!mammothLib) {
    const mod = await loadLibrary("mammoth");
    mammothLib = mod.default ?? mod;
  }
  const m = mammothLib;
  let html;
  try {
    const r = await m.convertToHtml(
      { buffer: Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) },
      { convertImage: m.images.imgElement(async () => ({ src: "" })), ignoreEmptyParagraphs: false }
    );
    html = r.value;
  } catch (err) {
    const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new ExtractError(`cannot read DOCX (${msg})`);
  }
  const text = await htmlToText(html, { paragraphBreaks: 1 });
  if (!text.trim()) throw new ExtractError("DOCX has no body text");
  return text;
}
var CORRUPT, bombMessage, mammothLib;
var init_docx = __esm({
  "src/io/extract/docx.ts"() {
    "use strict";
    init_size();
    init_html();
    init_lazy();
    init_types();
    CORRUPT = "corrupt or truncated DOCX (zip archive)";
    bombMessage = (maxSize) => `DOCX inflates to over the ${formatSize(maxSize)} limit (--max-size); zip bomb?`;
  }
});

// src/io/extract/ccda.ts
var ccda_exports = {};
__export(ccda_exports, {
  ccdaToText: () => ccdaToText,
  looksCcda: () => looksCcda,
  rejectDoctype: () => rejectDoctype
});
async function loadParser() {
  if (!parser) {
    const P = (await loadLibrary("fast-xml-parser")).XMLParser;
    parser = new P({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: "",
      removeNSPrefix: true,
      trimValues: false,
      processEntities: true,
      htmlEntities: true,
      parseTagValue: false,
      parseAttributeValue: false
    });
  }
  return parser;
}
function rejectDoctype(xml) {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw new ExtractError("XML with a DOCTYPE or entity declaration is not read (entities are never expanded or fetched)");
  }
}
function looksCcda(head) {
  return /<(?:[A-Za-z_][\w.-]*:)?ClinicalDocument[\s>]/.test(head);
}
function plain(n) {
  if (!n) return "";
  if (typeof n["#text"] === "string") return n["#text"];
  return kids(n).map(plain).join("");
}
function personName(name) {
  if (!name) return "";
  const parts = [];
  const pick = (t) => children(name, t).map((x) => squash(plain(x))).filter(Boolean);
  parts.push(...pick("prefix"), ...pick("given"), ...pick("family"), ...pick("suffix"));
  return parts.length ? parts.join(" ") : squash(plain(name));
}
function assignedName(n) {
  const person = child(n, "assignedPerson");
  return personName(child(person, "name"));
}
function narrative(n) {
  const k = kids(n);
  if (k.length && k.every((x) => typeof x["#text"] === "string")) {
    const raw = k.map((x) => x["#text"]).join("");
    if (raw.trim().includes("\n")) return raw.split(/\r\n?|\n/).map((l) => l.trim()).join("\n").trim();
  }
  let out = "";
  const nl3 = () => {
    if (out && !out.endsWith("\n")) out += "\n";
  };
  const walk = (node, listState) => {
    if (typeof node["#text"] === "string") {
      const t = node["#text"].replace(/\s+/g, " ");
      out += !out || out.endsWith("\n") ? t.replace(/^ /, "") : t;
      return;
    }
    const tag = tagOf(node);
    switch (tag) {
      case "br":
        out += "\n";
        return;
      case "paragraph":
      case "caption":
        nl3();
        kids(node).forEach((k2) => walk(k2));
        nl3();
        return;
      case "list": {
        nl3();
        const state = { ordered: attrs(node).listType === "ordered", n: 0 };
        kids(node).forEach((k2) => walk(k2, state));
        nl3();
        return;
      }
      case "item":
        nl3();
        if (listState) {
          listState.n++;
          out += listState.ordered ? `${listState.n}. ` : "- ";
        }
        kids(node).forEach((k2) => walk(k2));
        nl3();
        return;
      case "tr": {
        nl3();
        const cells2 = kids(node).filter((k2) => tagOf(k2) === "td" || tagOf(k2) === "th");
        out += cells2.map((c) => squash(plain(c))).join("	");
        nl3();
        return;
      }
      case "renderMultiMedia":
      case "footnoteRef":
        return;
      default:
        kids(node).forEach((k2) => walk(k2, listState));
    }
  };
  walk(n);
  return out.split("\n").map((l) => l.replace(/^ +| +$/g, "")).join("\n");
}
async function ccdaToText(xml) {
  rejectDoctype(xml);
  const p = await loadParser();
  let doc;
  try {
    doc = p.parse(xml);
  } catch (err) {
    throw new ExtractError(`malformed XML (${(err instanceof Error ? err.message : String(err)).split("\n")[0]})`);
  }
  const root = doc.find((n) => tagOf(n) === "ClinicalDocument");
  if (!root) throw new ExtractError("XML that is not a C-CDA document (no ClinicalDocument)", "skip");
  const out = new LineBuilder();
  const title = squash(plain(child(root, "title")));
  if (title) out.add(title);
  const header = [];
  for (const a of children(root, "author")) {
    const name = assignedName(child(a, "assignedAuthor"));
    if (name) header.push(`Author: ${name}`);
  }
  for (const d of children(root, "documentationOf")) {
    for (const p2 of children(child(d, "serviceEvent"), "performer")) {
      const name = assignedName(child(p2, "assignedEntity"));
      if (!name) continue;
      const role = attrs(p2).typeCode === "PPRF" ? "Surgeon" : attrs(p2).typeCode === "SPRF" ? "Assistant" : "Performer";
      header.push(`${role}: ${name}`);
    }
  }
  if (header.length) {
    out.blank();
    out.add(header.join("\n"));
  }
  const body = child(root, "component");
  const nonXml = child(body, "nonXMLBody");
  if (nonXml) {
    const t = child(nonXml, "text");
    const a = t ? attrs(t) : {};
    const raw = plain(t);
    const bytes = a.representation === "B64" ? Buffer.from(raw.replace(/\s+/g, ""), "base64") : Buffer.from(raw, "utf8");
    return { data: { bytes, mediaType: a.mediaType ?? "text/plain" } };
  }
  const structured = child(body, "structuredBody");
  let sections = 0;
  const walkSection = (sec) => {
    sections++;
    const t = squash(plain(child(sec, "title")));
    const from = t ? { section: t } : {};
    out.blank();
    if (t) out.add(/[:.]$/.test(t) ? t : `${t}:`, from);
    const text = child(sec, "text");
    if (text) out.add(narrative(text), from);
    for (const c of children(sec, "component")) {
      const s = child(c, "section");
      if (s) walkSection(s);
    }
  };
  for (const c of children(structured, "component")) {
    const s = child(c, "section");
    if (s) walkSection(s);
  }
  if (sections === 0) throw new ExtractError("C-CDA document has no sections");
  return { text: out.text(), locators: out.locators() };
}
var parser, tagOf, kids, attrs, child, children, squash;
var init_ccda = __esm({
  "src/io/extract/ccda.ts"() {
    "use strict";
    init_lazy();
    init_types();
    tagOf = (n) => Object.keys(n).find((k) => k !== ":@") ?? "";
    kids = (n) => {
      const v = n[tagOf(n)];
      return Array.isArray(v) ? v : [];
    };
    attrs = (n) => n[":@"] ?? {};
    child = (n, tag) => n ? kids(n).find((k) => tagOf(k) === tag) : void 0;
    children = (n, tag) => n ? kids(n).filter((k) => tagOf(k) === tag) : [];
    squash = (s) => s.replace(/\s+/g, " ").trim();
  }
});

// src/format/jsonl.ts
var jsonl_exports = {};
__export(jsonl_exports, {
  createJsonlFormatter: () => createJsonlFormatter,
  default: () => jsonl_default
});
function escapeLs(ch) {
  return ch === "\u2028" ? "\\u2028" : "\\u2029";
}
var createJsonlFormatter, jsonl_default;
var init_jsonl = __esm({
  "src/format/jsonl.ts"() {
    "use strict";
    createJsonlFormatter = () => ({
      begin: () => "",
      result(results) {
        let out = "";
        for (const r of results) out += JSON.stringify(r).replace(/[\u2028\u2029]/g, escapeLs) + "\n";
        return out;
      },
      end: () => ""
    });
    jsonl_default = createJsonlFormatter;
  }
});

// node_modules/csv-stringify/lib/utils/get.js
var charCodeOfDot, reEscapeChar, rePropName, reIsDeepProp, reIsPlainProp, getTag, isSymbol, isKey, stringToPath, castPath, toKey, get;
var init_get = __esm({
  "node_modules/csv-stringify/lib/utils/get.js"() {
    charCodeOfDot = ".".charCodeAt(0);
    reEscapeChar = /\\(\\)?/g;
    rePropName = RegExp(
      // Match anything that isn't a dot or bracket.
      `[^.[\\]]+|\\[(?:([^"'][^[]*)|(["'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2)\\]|(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))`,
      "g"
    );
    reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
    reIsPlainProp = /^\w*$/;
    getTag = function(value) {
      return Object.prototype.toString.call(value);
    };
    isSymbol = function(value) {
      const type = typeof value;
      return type === "symbol" || type === "object" && value && getTag(value) === "[object Symbol]";
    };
    isKey = function(value, object) {
      if (Array.isArray(value)) {
        return false;
      }
      const type = typeof value;
      if (type === "number" || type === "symbol" || type === "boolean" || !value || isSymbol(value)) {
        return true;
      }
      return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object != null && value in Object(object);
    };
    stringToPath = function(string) {
      const result = [];
      if (string.charCodeAt(0) === charCodeOfDot) {
        result.push("");
      }
      string.replace(rePropName, function(match, expression, quote2, subString) {
        let key2 = match;
        if (quote2) {
          key2 = subString.replace(reEscapeChar, "$1");
        } else if (expression) {
          key2 = expression.trim();
        }
        result.push(key2);
      });
      return result;
    };
    castPath = function(value, object) {
      if (Array.isArray(value)) {
        return value;
      } else {
        return isKey(value, object) ? [value] : stringToPath(value);
      }
    };
    toKey = function(value) {
      if (typeof value === "string" || isSymbol(value)) return value;
      const result = `${value}`;
      return result == "0" && 1 / value == -Infinity ? "-0" : result;
    };
    get = function(object, path) {
      path = castPath(path, object);
      let index = 0;
      const length = path.length;
      while (object != null && index < length) {
        object = object[toKey(path[index++])];
      }
      return index && index === length ? object : void 0;
    };
  }
});

// node_modules/csv-stringify/lib/utils/is_object.js
var is_object2;
var init_is_object = __esm({
  "node_modules/csv-stringify/lib/utils/is_object.js"() {
    is_object2 = function(obj) {
      return typeof obj === "object" && obj !== null && !Array.isArray(obj);
    };
  }
});

// node_modules/csv-stringify/lib/api/normalize_columns.js
var normalize_columns;
var init_normalize_columns = __esm({
  "node_modules/csv-stringify/lib/api/normalize_columns.js"() {
    normalize_columns = function(columns) {
      if (columns === void 0 || columns === null) {
        return [void 0, void 0];
      }
      if (typeof columns !== "object") {
        return [Error('Invalid option "columns": expect an array or an object')];
      }
      if (!Array.isArray(columns)) {
        const newcolumns = [];
        for (const k in columns) {
          newcolumns.push({
            key: k,
            header: columns[k]
          });
        }
        columns = newcolumns;
      } else {
        const newcolumns = [];
        for (const column of columns) {
          if (typeof column === "string") {
            newcolumns.push({
              key: column,
              header: column
            });
          } else if (typeof column === "object" && column !== null && !Array.isArray(column)) {
            if (!column.key) {
              return [
                Error('Invalid column definition: property "key" is required')
              ];
            }
            if (column.header === void 0) {
              column.header = column.key;
            }
            newcolumns.push(column);
          } else {
            return [
              Error("Invalid column definition: expect a string or an object")
            ];
          }
        }
        columns = newcolumns;
      }
      return [void 0, columns];
    };
  }
});

// node_modules/csv-stringify/lib/api/CsvError.js
var CsvError2;
var init_CsvError = __esm({
  "node_modules/csv-stringify/lib/api/CsvError.js"() {
    CsvError2 = class _CsvError extends Error {
      constructor(code, message, ...contexts2) {
        if (Array.isArray(message)) message = message.join(" ");
        super(message);
        if (Error.captureStackTrace !== void 0) {
          Error.captureStackTrace(this, _CsvError);
        }
        this.code = code;
        for (const context of contexts2) {
          for (const key2 in context) {
            const value = context[key2];
            this[key2] = Buffer.isBuffer(value) ? value.toString() : value == null ? value : JSON.parse(JSON.stringify(value));
          }
        }
      }
    };
  }
});

// node_modules/csv-stringify/lib/utils/underscore.js
var underscore2;
var init_underscore = __esm({
  "node_modules/csv-stringify/lib/utils/underscore.js"() {
    underscore2 = function(str) {
      return str.replace(/([A-Z])/g, function(_, match) {
        return "_" + match.toLowerCase();
      });
    };
  }
});

// node_modules/csv-stringify/lib/api/normalize_options.js
var normalize_options2;
var init_normalize_options = __esm({
  "node_modules/csv-stringify/lib/api/normalize_options.js"() {
    init_CsvError();
    init_normalize_columns();
    init_underscore();
    normalize_options2 = function(opts) {
      const options = {};
      for (const opt in opts) {
        options[underscore2(opt)] = opts[opt];
      }
      if (options.bom === void 0 || options.bom === null || options.bom === false) {
        options.bom = false;
      } else if (options.bom !== true) {
        return [
          new CsvError2("CSV_OPTION_BOOLEAN_INVALID_TYPE", [
            "option `bom` is optional and must be a boolean value,",
            `got ${JSON.stringify(options.bom)}`
          ])
        ];
      }
      if (options.delimiter === void 0 || options.delimiter === null) {
        options.delimiter = ",";
      } else if (Buffer.isBuffer(options.delimiter)) {
        options.delimiter = options.delimiter.toString();
      } else if (typeof options.delimiter !== "string") {
        return [
          new CsvError2("CSV_OPTION_DELIMITER_INVALID_TYPE", [
            "option `delimiter` must be a buffer or a string,",
            `got ${JSON.stringify(options.delimiter)}`
          ])
        ];
      }
      if (options.quote === void 0 || options.quote === null) {
        options.quote = '"';
      } else if (options.quote === true) {
        options.quote = '"';
      } else if (options.quote === false) {
        options.quote = "";
      } else if (Buffer.isBuffer(options.quote)) {
        options.quote = options.quote.toString();
      } else if (typeof options.quote !== "string") {
        return [
          new CsvError2("CSV_OPTION_QUOTE_INVALID_TYPE", [
            "option `quote` must be a boolean, a buffer or a string,",
            `got ${JSON.stringify(options.quote)}`
          ])
        ];
      }
      if (options.quoted === void 0 || options.quoted === null) {
        options.quoted = false;
      } else {
      }
      if (options.escape_formulas === void 0 || options.escape_formulas === null) {
        options.escape_formulas = false;
      } else if (typeof options.escape_formulas !== "boolean") {
        return [
          new CsvError2("CSV_OPTION_ESCAPE_FORMULAS_INVALID_TYPE", [
            "option `escape_formulas` must be a boolean,",
            `got ${JSON.stringify(options.escape_formulas)}`
          ])
        ];
      }
      if (options.quoted_empty === void 0 || options.quoted_empty === null) {
        options.quoted_empty = void 0;
      } else {
      }
      if (options.quoted_match === void 0 || options.quoted_match === null || options.quoted_match === false) {
        options.quoted_match = null;
      } else if (!Array.isArray(options.quoted_match)) {
        options.quoted_match = [options.quoted_match];
      }
      if (options.quoted_match) {
        for (const quoted_match of options.quoted_match) {
          const isString = typeof quoted_match === "string";
          const isRegExp = quoted_match instanceof RegExp;
          if (!isString && !isRegExp) {
            return [
              new CsvError2("CSV_OPTION_QUOTED_MATCH", [
                "option `quoted_match` must be a string or a regex,",
                `got ${JSON.stringify(options.quoted_match)}`
              ])
            ];
          }
        }
      }
      if (options.quoted_string === void 0 || options.quoted_string === null) {
        options.quoted_string = false;
      } else {
      }
      if (options.eof === void 0 || options.eof === null) {
        options.eof = true;
      } else {
      }
      if (options.escape === void 0 || options.escape === null) {
        options.escape = '"';
      } else if (Buffer.isBuffer(options.escape)) {
        options.escape = options.escape.toString();
      } else if (typeof options.escape !== "string") {
        return [
          Error(
            `Invalid Option: escape must be a buffer or a string, got ${JSON.stringify(options.escape)}`
          )
        ];
      }
      if (options.escape.length > 1) {
        return [
          Error(
            `Invalid Option: escape must be one character, got ${options.escape.length} characters`
          )
        ];
      }
      if (options.header === void 0 || options.header === null || options.header === false) {
        options.header = false;
      } else if (options.header !== true) {
        throw new CsvError2(
          "CSV_INVALID_OPTION_HEADER",
          [
            "option `header` is expected to be a boolean,",
            `got ${JSON.stringify(options.header)}`
          ],
          options
        );
      }
      if (options.header_as_comment === void 0 || options.header_as_comment === null || options.header_as_comment === false) {
        options.header_as_comment = false;
      } else if (options.header_as_comment === true) {
        options.header_as_comment = "#";
      } else if (Buffer.isBuffer(options.header_as_comment)) {
        options.header_as_comment = options.header_as_comment.toString();
      } else if (typeof options.header_as_comment !== "string") {
        throw new CsvError2(
          "CSV_INVALID_OPTION_HEADER_AS_COMMENT",
          [
            "option `header_as_comment` must be a boolean, a string or a buffer,",
            `got ${JSON.stringify(options.header_as_comment)}`
          ],
          options
        );
      }
      const [errColumns, columns] = normalize_columns(options.columns);
      if (errColumns !== void 0) return [errColumns];
      options.columns = columns;
      if (options.quoted === void 0 || options.quoted === null) {
        options.quoted = false;
      } else {
      }
      if (options.cast === void 0 || options.cast === null) {
        options.cast = {};
      } else {
      }
      if (options.cast.bigint === void 0 || options.cast.bigint === null) {
        options.cast.bigint = (value) => "" + value;
      }
      if (options.cast.boolean === void 0 || options.cast.boolean === null) {
        options.cast.boolean = (value) => value ? "1" : "";
      }
      if (options.cast.date === void 0 || options.cast.date === null) {
        options.cast.date = (value) => "" + value.getTime();
      }
      if (options.cast.number === void 0 || options.cast.number === null) {
        options.cast.number = (value) => "" + value;
      }
      if (options.cast.object === void 0 || options.cast.object === null) {
        options.cast.object = (value) => JSON.stringify(value);
      }
      if (options.cast.string === void 0 || options.cast.string === null) {
        options.cast.string = function(value) {
          return value;
        };
      }
      if (options.on_record !== void 0 && typeof options.on_record !== "function") {
        return [Error(`Invalid Option: "on_record" must be a function.`)];
      }
      if (options.quote_record_delimiter === void 0 || options.quote_record_delimiter === null) {
        options.quote_record_delimiter = !options.record_delimiter;
      } else if (typeof options.quote_record_delimiter !== "boolean") {
        return [
          new CsvError2("CSV_OPTION_QUOTE_RECORD_DELIMITER_INVALID_TYPE", [
            "option `quote_record_delimiter` must be a boolean,",
            `got ${JSON.stringify(options.quote_record_delimiter)}`
          ])
        ];
      }
      if (options.record_delimiter === void 0 || options.record_delimiter === null) {
        options.record_delimiter = "\n";
      } else if (Buffer.isBuffer(options.record_delimiter)) {
        options.record_delimiter = options.record_delimiter.toString();
      } else if (typeof options.record_delimiter !== "string") {
        return [
          Error(
            `Invalid Option: record_delimiter must be a buffer or a string, got ${JSON.stringify(options.record_delimiter)}`
          )
        ];
      }
      switch (options.record_delimiter) {
        case "unix":
          options.record_delimiter = "\n";
          break;
        case "mac":
          options.record_delimiter = "\r";
          break;
        case "windows":
          options.record_delimiter = "\r\n";
          break;
        case "ascii":
          options.record_delimiter = "";
          break;
        case "unicode":
          options.record_delimiter = "\u2028";
          break;
      }
      return [void 0, options];
    };
  }
});

// node_modules/csv-stringify/lib/api/index.js
var bom_utf8, emits_separator, matches_quoted_match, stringifier;
var init_api = __esm({
  "node_modules/csv-stringify/lib/api/index.js"() {
    init_get();
    init_is_object();
    init_normalize_columns();
    init_normalize_options();
    bom_utf8 = Buffer.from([239, 187, 191]);
    emits_separator = function(value, separators) {
      return separators.some(
        (separator) => separator.length !== 0 && (value.indexOf(separator) !== -1 || separator.length > 1 && (value + separator).indexOf(separator) < value.length)
      );
    };
    matches_quoted_match = function(value, quoted_match) {
      if (!quoted_match) return false;
      return quoted_match.some(
        (pattern2) => typeof pattern2 === "string" ? value.indexOf(pattern2) !== -1 : value.search(pattern2) !== -1
      );
    };
    stringifier = function(options, state, info) {
      return {
        options,
        state,
        info,
        __transform: function(chunk, push) {
          if (!Array.isArray(chunk) && typeof chunk !== "object") {
            return Error(
              `Invalid Record: expect an array or an object, got ${JSON.stringify(chunk)}`
            );
          }
          if (this.info.records === 0) {
            if (Array.isArray(chunk)) {
              if (this.options.header === true && this.options.columns === void 0) {
                return Error(
                  "Undiscoverable Columns: header option requires column option or object records"
                );
              }
            } else if (this.options.columns === void 0) {
              const [err2, columns] = normalize_columns(Object.keys(chunk));
              if (err2) return;
              this.options.columns = columns;
            }
          }
          if (this.info.records === 0) {
            this.bom(push);
            const err2 = this.headers(push);
            if (err2) return err2;
          }
          try {
            if (this.options.on_record) {
              this.options.on_record(chunk, this.info.records);
            }
          } catch (err2) {
            return err2;
          }
          let err, chunk_string;
          if (this.options.eof) {
            [err, chunk_string] = this.stringify(chunk);
            if (err) return err;
            if (chunk_string === void 0) {
              return;
            } else {
              chunk_string = chunk_string + this.options.record_delimiter;
            }
          } else {
            [err, chunk_string] = this.stringify(chunk);
            if (err) return err;
            if (chunk_string === void 0) {
              return;
            } else {
              if (this.options.header || this.info.records) {
                chunk_string = this.options.record_delimiter + chunk_string;
              }
            }
          }
          this.info.records++;
          push(chunk_string);
        },
        stringify: function(chunk, chunkIsHeader = false) {
          if (typeof chunk !== "object") {
            return [void 0, chunk];
          }
          const { columns } = this.options;
          const record = [];
          if (Array.isArray(chunk)) {
            const length = columns ? Math.min(chunk.length, columns.length) : chunk.length;
            for (let i = 0; i < length; i++) {
              const field = chunk[i];
              const [err, value] = this.__cast(field, {
                index: i,
                column: i,
                records: this.info.records,
                header: chunkIsHeader
              });
              if (err) return [err];
              record[i] = [value, field];
            }
          } else {
            for (let i = 0; i < columns.length; i++) {
              const field = get(chunk, columns[i].key);
              const [err, value] = this.__cast(field, {
                index: i,
                column: columns[i].key,
                records: this.info.records,
                header: chunkIsHeader
              });
              if (err) return [err];
              record[i] = [value, field];
            }
          }
          let csvrecord = "";
          for (let i = 0; i < record.length; i++) {
            let options2, err;
            let [value, field] = record[i];
            if (typeof value === "string") {
              options2 = this.options;
            } else if (is_object2(value)) {
              options2 = { ...value };
              value = options2.value;
              delete options2.value;
              if (typeof value !== "string" && value !== void 0 && value !== null) {
                if (err)
                  return [
                    Error(
                      `Invalid Casting Value: returned value must return a string, null or undefined, got ${JSON.stringify(value)}`
                    )
                  ];
              }
              options2 = { ...this.options, ...options2 };
              [err, options2] = normalize_options2(options2);
              if (err !== void 0) {
                return [err];
              }
            } else if (value === void 0 || value === null) {
              options2 = this.options;
            } else {
              return [
                Error(
                  `Invalid Casting Value: returned value must return a string, an object, null or undefined, got ${JSON.stringify(value)}`
                )
              ];
            }
            const {
              delimiter,
              escape: escape2,
              quote: quote2,
              quoted,
              quoted_empty,
              quoted_string,
              quoted_match,
              record_delimiter,
              quote_record_delimiter,
              escape_formulas
            } = options2;
            if ("" === value && "" === field) {
              const quotedMatch = matches_quoted_match(value, quoted_match);
              const shouldQuote = quotedMatch || true === quoted_empty || true === quoted_string && false !== quoted_empty;
              if (shouldQuote === true) {
                value = quote2 + value + quote2;
              }
              csvrecord += value;
            } else if (value) {
              if (typeof value !== "string") {
                return [
                  Error(
                    `Formatter must return a string, null or undefined, got ${JSON.stringify(value)}`
                  )
                ];
              }
              const containsdelimiter = emits_separator(value, [delimiter]);
              const containsQuote = quote2 !== "" && value.indexOf(quote2) >= 0;
              const containsEscape = value.indexOf(escape2) >= 0 && escape2 !== quote2;
              const containsRecordDelimiter = emits_separator(value, [
                record_delimiter,
                ...quote_record_delimiter === false ? [] : ["\n", "\r"]
              ]);
              const quotedString = quoted_string && typeof field === "string";
              const quotedMatch = matches_quoted_match(value, quoted_match);
              if (escape_formulas) {
                switch (value[0]) {
                  case "-":
                    if (typeof field === "number" || typeof field === "bigint") {
                      break;
                    }
                    value = `'${value}`;
                    break;
                  case "=":
                  case "+":
                  case "@":
                  case "	":
                  case "\r":
                  case "\uFF1D":
                  // Unicode '='
                  case "\uFF0B":
                  // Unicode '+'
                  case "\uFF0D":
                  // Unicode '-'
                  case "\uFF20":
                    value = `'${value}`;
                    break;
                }
              }
              const shouldQuote = containsQuote === true || containsdelimiter || containsRecordDelimiter || quoted || quotedString || quotedMatch;
              if (shouldQuote === true && containsEscape === true) {
                value = value.replaceAll(escape2, () => escape2 + escape2);
              }
              if (containsQuote === true) {
                value = value.replaceAll(quote2, () => escape2 + quote2);
              }
              if (shouldQuote === true) {
                value = quote2 + value + quote2;
              }
              csvrecord += value;
            } else if (quoted_empty === true || field === "" && quoted_string === true && quoted_empty !== false) {
              csvrecord += quote2 + quote2;
            }
            if (i !== record.length - 1) {
              csvrecord += delimiter;
            }
          }
          return [void 0, csvrecord];
        },
        bom: function(push) {
          if (this.options.bom !== true) {
            return;
          }
          push(bom_utf8);
        },
        headers: function(push) {
          if (this.options.header === false) {
            return;
          }
          if (this.options.columns === void 0) {
            return;
          }
          let err;
          let headers = this.options.columns.map((column) => column.header);
          if (this.options.eof) {
            [err, headers] = this.stringify(headers, true);
            headers += this.options.record_delimiter;
          } else {
            [err, headers] = this.stringify(headers, true);
          }
          if (err) return err;
          if (this.options.header_as_comment) {
            headers = this.options.header_as_comment + " " + headers;
          }
          push(headers);
        },
        __cast: function(value, context) {
          const type = typeof value;
          try {
            if (type === "string") {
              return [void 0, this.options.cast.string(value, context)];
            } else if (type === "bigint") {
              return [void 0, this.options.cast.bigint(value, context)];
            } else if (type === "number") {
              return [void 0, this.options.cast.number(value, context)];
            } else if (type === "boolean") {
              return [void 0, this.options.cast.boolean(value, context)];
            } else if (value instanceof Date) {
              return [void 0, this.options.cast.date(value, context)];
            } else if (type === "object" && value !== null) {
              return [void 0, this.options.cast.object(value, context)];
            } else if (value === null && this.options.cast.null !== void 0) {
              return [void 0, this.options.cast.null(value, context)];
            } else if (value === void 0 && this.options.cast.undefined !== void 0) {
              return [void 0, this.options.cast.undefined(value, context)];
            } else {
              return [void 0, value];
            }
          } catch (err) {
            return [err];
          }
        }
      };
    };
  }
});

// node_modules/csv-stringify/lib/sync.js
var stringify;
var init_sync = __esm({
  "node_modules/csv-stringify/lib/sync.js"() {
    init_api();
    init_normalize_options();
    stringify = function(records, opts = {}) {
      const data = [];
      const [err, options] = normalize_options2(opts);
      if (err !== void 0) throw err;
      const state = {
        stop: false
      };
      const info = {
        records: 0
      };
      const api = stringifier(options, state, info);
      for (const record of records) {
        const err2 = api.__transform(record, function(record2) {
          data.push(record2);
        });
        if (err2 !== void 0) throw err2;
      }
      if (data.length === 0) {
        api.bom((d) => {
          data.push(d);
        });
        const err2 = api.headers((headers) => {
          data.push(headers);
        });
        if (err2 !== void 0) throw err2;
      }
      return data.join("");
    };
  }
});

// src/format/csv.ts
var csv_exports = {};
__export(csv_exports, {
  BOM: () => BOM,
  CSV_COLUMNS: () => CSV_COLUMNS,
  createCsvFormatter: () => createCsvFormatter,
  default: () => csv_default,
  safeCell: () => safeCell
});
function safeCell(value) {
  return value.length > 1 && FORMULA_START.test(value) ? `'${value}` : value;
}
function row(cells2) {
  return stringify([cells2.map((c) => typeof c === "number" ? c : safeCell(c))], { record_delimiter: "windows", quoted_match: QUOTE });
}
var CSV_COLUMNS, BOM, FORMULA_START, QUOTE, createCsvFormatter, csv_default;
var init_csv = __esm({
  "src/format/csv.ts"() {
    "use strict";
    init_sync();
    CSV_COLUMNS = ["source", "code", "element", "status", "message", "line", "column", "evidence"];
    BOM = "\uFEFF";
    FORMULA_START = /^[=+\-@\t\r]/;
    QUOTE = /[\r\n]|^\s|\s$/;
    createCsvFormatter = (_ctx) => ({
      begin() {
        return BOM + stringify([[...CSV_COLUMNS]], { record_delimiter: "windows" });
      },
      result(results) {
        let out = "";
        for (const r of results) {
          const source = r.source;
          const code = r.code ?? "";
          if (r.status === "error") {
            out += row([source, code, "", "error", r.error?.message ?? "could not be checked", "", "", ""]);
            continue;
          }
          if (r.status === "no-device") {
            const ev = r.noDevice?.evidence ?? [];
            out += row([source, code, "", "no-device", r.noDevice?.message ?? "No drug-delivery device was placed or removed in this operation; none of 20700-20705 applies", ev[0]?.line ?? "", ev[0]?.column ?? "", ev.map((e) => e.text).join(" | ")]);
            continue;
          }
          for (const el of r.elements) {
            const first = el.evidence[0];
            out += row([
              source,
              code,
              el.id,
              el.baselined ? `${el.status} (baselined)` : el.status,
              el.message,
              first ? first.line : "",
              first ? first.column : "",
              el.evidence.map((e) => e.text).join(" | ")
            ]);
          }
          for (const f of r.claim?.findings ?? []) {
            const st = f.baselined ? `${f.status} (baselined)` : f.status;
            out += row([source, code, `claim:${f.id}`, st, f.message, "", "", f.codes.join(" | ")]);
          }
        }
        return out;
      },
      end: () => ""
    });
    csv_default = createCsvFormatter;
  }
});

// src/format/types.ts
function effectiveCode(r) {
  return r.code ?? DEFAULT_CODE;
}
function isStdin(source) {
  return source === "-" || source === "<stdin>" || source === "stdin";
}
function relativePath(source, cwd) {
  if (isStdin(source)) return "stdin";
  let p = source.replace(/\\/g, "/");
  const base = cwd.replace(/\\/g, "/").replace(/\/+$/, "");
  const isAbs = p.startsWith("/") || /^[A-Za-z]:\//.test(p);
  if (isAbs) {
    if (p === base) return ".";
    if (base && p.startsWith(base + "/")) p = p.slice(base.length + 1);
    else if (base) p = relativeFrom(base, p);
  }
  p = p.replace(/^(\.\/)+/, "").replace(/\/{2,}/g, "/");
  return p || ".";
}
function relativeFrom(from, to) {
  const a = from.split("/").filter(Boolean);
  const b = to.split("/").filter(Boolean);
  if (/^[A-Za-z]:$/.test(a[0] ?? "") && a[0].toLowerCase() !== (b[0] ?? "").toLowerCase()) return to;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...Array(a.length - i).fill(".."), ...b.slice(i)].join("/");
}
function pathToUriRef(rel) {
  return rel.split("/").map((seg) => encodeURIComponent(seg)).join("/");
}
var DEFAULT_CODE;
var init_types2 = __esm({
  "src/format/types.ts"() {
    "use strict";
    DEFAULT_CODE = "20702";
  }
});

// src/format/github.ts
var github_exports = {};
__export(github_exports, {
  createGithubFormatter: () => createGithubFormatter,
  default: () => github_default
});
var escData, escProp, createGithubFormatter, github_default;
var init_github = __esm({
  "src/format/github.ts"() {
    "use strict";
    init_types2();
    escData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    escProp = (s) => escData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
    createGithubFormatter = (ctx) => ({
      begin: () => "",
      result(results) {
        let out = "";
        for (const r of results) {
          const file = escProp(relativePath(r.source, ctx.cwd));
          if (r.status === "error") {
            out += `::error file=${file},title=${escProp("oplint: note not checked")}::${escData(r.error?.message ?? "could not be checked")}
`;
            continue;
          }
          const code = effectiveCode(r);
          for (const el of r.elements) {
            if (el.status !== "fail" && el.status !== "warn") continue;
            if (el.baselined) continue;
            const ev = el.evidence[0];
            const where = `file=${file},line=${ev?.line ?? 1},col=${ev?.column ?? 1}`;
            const text = `${el.message}${el.fix ? ` Fix: ${el.fix}` : ""}`;
            out += `::${el.status === "fail" ? "error" : "warning"} ${where},title=${escProp(`CPT ${code} ${el.label}`)}::${escData(text)}
`;
          }
          for (const f of r.claim?.findings ?? []) {
            if (f.status === "pass") continue;
            out += `::${f.status === "fail" ? "error" : "warning"} file=${file},line=1,col=1,title=${escProp(`claim ${f.id}`)}::${escData(f.message)}
`;
          }
        }
        return out;
      },
      end: (summary2) => `${summary2.checked} result(s): ${summary2.passed} passed, ${summary2.failed} failed, ${summary2.noDevice ? `${summary2.noDevice} with no device, ` : ""}${summary2.errors} error(s)
`
    });
    github_default = createGithubFormatter;
  }
});

// node_modules/cli-progress/lib/eta.js
var require_eta = __commonJS({
  "node_modules/cli-progress/lib/eta.js"(exports, module) {
    var ETA = class {
      constructor(length, initTime, initValue) {
        this.etaBufferLength = length || 100;
        this.valueBuffer = [initValue];
        this.timeBuffer = [initTime];
        this.eta = "0";
      }
      // add new values to calculation buffer
      update(time, value, total) {
        this.valueBuffer.push(value);
        this.timeBuffer.push(time);
        this.calculate(total - value);
      }
      // fetch estimated time
      getTime() {
        return this.eta;
      }
      // eta calculation - request number of remaining events
      calculate(remaining) {
        const currentBufferSize = this.valueBuffer.length;
        const buffer = Math.min(this.etaBufferLength, currentBufferSize);
        const v_diff = this.valueBuffer[currentBufferSize - 1] - this.valueBuffer[currentBufferSize - buffer];
        const t_diff = this.timeBuffer[currentBufferSize - 1] - this.timeBuffer[currentBufferSize - buffer];
        const vt_rate = v_diff / t_diff;
        this.valueBuffer = this.valueBuffer.slice(-this.etaBufferLength);
        this.timeBuffer = this.timeBuffer.slice(-this.etaBufferLength);
        const eta = Math.ceil(remaining / vt_rate / 1e3);
        if (isNaN(eta)) {
          this.eta = "NULL";
        } else if (!isFinite(eta)) {
          this.eta = "INF";
        } else if (eta > 1e7) {
          this.eta = "INF";
        } else if (eta < 0) {
          this.eta = 0;
        } else {
          this.eta = eta;
        }
      }
    };
    module.exports = ETA;
  }
});

// node_modules/cli-progress/lib/terminal.js
var require_terminal = __commonJS({
  "node_modules/cli-progress/lib/terminal.js"(exports, module) {
    var _readline = __require("readline");
    var Terminal = class {
      constructor(outputStream) {
        this.stream = outputStream;
        this.linewrap = true;
        this.dy = 0;
      }
      // save cursor position + settings
      cursorSave() {
        if (!this.stream.isTTY) {
          return;
        }
        this.stream.write("\x1B7");
      }
      // restore last cursor position + settings
      cursorRestore() {
        if (!this.stream.isTTY) {
          return;
        }
        this.stream.write("\x1B8");
      }
      // show/hide cursor
      cursor(enabled) {
        if (!this.stream.isTTY) {
          return;
        }
        if (enabled) {
          this.stream.write("\x1B[?25h");
        } else {
          this.stream.write("\x1B[?25l");
        }
      }
      // change cursor positionn
      cursorTo(x = null, y = null) {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.cursorTo(this.stream, x, y);
      }
      // change relative cursor position
      cursorRelative(dx = null, dy = null) {
        if (!this.stream.isTTY) {
          return;
        }
        this.dy = this.dy + dy;
        _readline.moveCursor(this.stream, dx, dy);
      }
      // relative reset
      cursorRelativeReset() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.moveCursor(this.stream, 0, -this.dy);
        _readline.cursorTo(this.stream, 0, null);
        this.dy = 0;
      }
      // clear to the right from cursor
      clearRight() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.clearLine(this.stream, 1);
      }
      // clear the full line
      clearLine() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.clearLine(this.stream, 0);
      }
      // clear everyting beyond the current line
      clearBottom() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.clearScreenDown(this.stream);
      }
      // add new line; increment counter
      newline() {
        this.stream.write("\n");
        this.dy++;
      }
      // write content to output stream
      // @TODO use string-width to strip length
      write(s, rawWrite = false) {
        if (this.linewrap === true && rawWrite === false) {
          this.stream.write(s.substr(0, this.getWidth()));
        } else {
          this.stream.write(s);
        }
      }
      // control line wrapping
      lineWrapping(enabled) {
        if (!this.stream.isTTY) {
          return;
        }
        this.linewrap = enabled;
        if (enabled) {
          this.stream.write("\x1B[?7h");
        } else {
          this.stream.write("\x1B[?7l");
        }
      }
      // tty environment ?
      isTTY() {
        return this.stream.isTTY === true;
      }
      // get terminal width
      getWidth() {
        return this.stream.columns || (this.stream.isTTY ? 80 : 200);
      }
    };
    module.exports = Terminal;
  }
});

// node_modules/cli-progress/node_modules/ansi-regex/index.js
var require_ansi_regex = __commonJS({
  "node_modules/cli-progress/node_modules/ansi-regex/index.js"(exports, module) {
    "use strict";
    module.exports = ({ onlyFirst = false } = {}) => {
      const pattern2 = [
        "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)",
        "(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))"
      ].join("|");
      return new RegExp(pattern2, onlyFirst ? void 0 : "g");
    };
  }
});

// node_modules/cli-progress/node_modules/strip-ansi/index.js
var require_strip_ansi = __commonJS({
  "node_modules/cli-progress/node_modules/strip-ansi/index.js"(exports, module) {
    "use strict";
    var ansiRegex2 = require_ansi_regex();
    module.exports = (string) => typeof string === "string" ? string.replace(ansiRegex2(), "") : string;
  }
});

// node_modules/is-fullwidth-code-point/index.js
var require_is_fullwidth_code_point = __commonJS({
  "node_modules/is-fullwidth-code-point/index.js"(exports, module) {
    "use strict";
    var isFullwidthCodePoint = (codePoint) => {
      if (Number.isNaN(codePoint)) {
        return false;
      }
      if (codePoint >= 4352 && (codePoint <= 4447 || // Hangul Jamo
      codePoint === 9001 || // LEFT-POINTING ANGLE BRACKET
      codePoint === 9002 || // RIGHT-POINTING ANGLE BRACKET
      // CJK Radicals Supplement .. Enclosed CJK Letters and Months
      11904 <= codePoint && codePoint <= 12871 && codePoint !== 12351 || // Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
      12880 <= codePoint && codePoint <= 19903 || // CJK Unified Ideographs .. Yi Radicals
      19968 <= codePoint && codePoint <= 42182 || // Hangul Jamo Extended-A
      43360 <= codePoint && codePoint <= 43388 || // Hangul Syllables
      44032 <= codePoint && codePoint <= 55203 || // CJK Compatibility Ideographs
      63744 <= codePoint && codePoint <= 64255 || // Vertical Forms
      65040 <= codePoint && codePoint <= 65049 || // CJK Compatibility Forms .. Small Form Variants
      65072 <= codePoint && codePoint <= 65131 || // Halfwidth and Fullwidth Forms
      65281 <= codePoint && codePoint <= 65376 || 65504 <= codePoint && codePoint <= 65510 || // Kana Supplement
      110592 <= codePoint && codePoint <= 110593 || // Enclosed Ideographic Supplement
      127488 <= codePoint && codePoint <= 127569 || // CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
      131072 <= codePoint && codePoint <= 262141)) {
        return true;
      }
      return false;
    };
    module.exports = isFullwidthCodePoint;
    module.exports.default = isFullwidthCodePoint;
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    "use strict";
    module.exports = function() {
      return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
    };
  }
});

// node_modules/cli-progress/node_modules/string-width/index.js
var require_string_width = __commonJS({
  "node_modules/cli-progress/node_modules/string-width/index.js"(exports, module) {
    "use strict";
    var stripAnsi2 = require_strip_ansi();
    var isFullwidthCodePoint = require_is_fullwidth_code_point();
    var emojiRegex = require_emoji_regex();
    var stringWidth2 = (string) => {
      if (typeof string !== "string" || string.length === 0) {
        return 0;
      }
      string = stripAnsi2(string);
      if (string.length === 0) {
        return 0;
      }
      string = string.replace(emojiRegex(), "  ");
      let width = 0;
      for (let i = 0; i < string.length; i++) {
        const code = string.codePointAt(i);
        if (code <= 31 || code >= 127 && code <= 159) {
          continue;
        }
        if (code >= 768 && code <= 879) {
          continue;
        }
        if (code > 65535) {
          i++;
        }
        width += isFullwidthCodePoint(code) ? 2 : 1;
      }
      return width;
    };
    module.exports = stringWidth2;
    module.exports.default = stringWidth2;
  }
});

// node_modules/cli-progress/lib/format-value.js
var require_format_value = __commonJS({
  "node_modules/cli-progress/lib/format-value.js"(exports, module) {
    module.exports = function formatValue(v, options, type) {
      if (options.autopadding !== true) {
        return v;
      }
      function autopadding(value, length) {
        return (options.autopaddingChar + value).slice(-length);
      }
      switch (type) {
        case "percentage":
          return autopadding(v, 3);
        default:
          return v;
      }
    };
  }
});

// node_modules/cli-progress/lib/format-bar.js
var require_format_bar = __commonJS({
  "node_modules/cli-progress/lib/format-bar.js"(exports, module) {
    module.exports = function formatBar(progress, options) {
      const completeSize = Math.round(progress * options.barsize);
      const incompleteSize = options.barsize - completeSize;
      return options.barCompleteString.substr(0, completeSize) + options.barGlue + options.barIncompleteString.substr(0, incompleteSize);
    };
  }
});

// node_modules/cli-progress/lib/format-time.js
var require_format_time = __commonJS({
  "node_modules/cli-progress/lib/format-time.js"(exports, module) {
    module.exports = function formatTime(t, options, roundToMultipleOf) {
      function round(input) {
        if (roundToMultipleOf) {
          return roundToMultipleOf * Math.round(input / roundToMultipleOf);
        } else {
          return input;
        }
      }
      function autopadding(v) {
        return (options.autopaddingChar + v).slice(-2);
      }
      if (t > 3600) {
        return autopadding(Math.floor(t / 3600)) + "h" + autopadding(round(t % 3600 / 60)) + "m";
      } else if (t > 60) {
        return autopadding(Math.floor(t / 60)) + "m" + autopadding(round(t % 60)) + "s";
      } else if (t > 10) {
        return autopadding(round(t)) + "s";
      } else {
        return autopadding(t) + "s";
      }
    };
  }
});

// node_modules/cli-progress/lib/formatter.js
var require_formatter = __commonJS({
  "node_modules/cli-progress/lib/formatter.js"(exports, module) {
    var _stringWidth = require_string_width();
    var _defaultFormatValue = require_format_value();
    var _defaultFormatBar = require_format_bar();
    var _defaultFormatTime = require_format_time();
    module.exports = function defaultFormatter(options, params, payload) {
      let s = options.format;
      const formatTime = options.formatTime || _defaultFormatTime;
      const formatValue = options.formatValue || _defaultFormatValue;
      const formatBar = options.formatBar || _defaultFormatBar;
      const percentage = Math.floor(params.progress * 100) + "";
      const stopTime = params.stopTime || Date.now();
      const elapsedTime = Math.round((stopTime - params.startTime) / 1e3);
      const context = Object.assign({}, payload, {
        bar: formatBar(params.progress, options),
        percentage: formatValue(percentage, options, "percentage"),
        total: formatValue(params.total, options, "total"),
        value: formatValue(params.value, options, "value"),
        eta: formatValue(params.eta, options, "eta"),
        eta_formatted: formatTime(params.eta, options, 5),
        duration: formatValue(elapsedTime, options, "duration"),
        duration_formatted: formatTime(elapsedTime, options, 1)
      });
      s = s.replace(/\{(\w+)\}/g, function(match, key2) {
        if (typeof context[key2] !== "undefined") {
          return context[key2];
        }
        return match;
      });
      const fullMargin = Math.max(0, params.maxWidth - _stringWidth(s) - 2);
      const halfMargin = Math.floor(fullMargin / 2);
      switch (options.align) {
        // fill start-of-line with whitespaces
        case "right":
          s = fullMargin > 0 ? " ".repeat(fullMargin) + s : s;
          break;
        // distribute whitespaces to left+right
        case "center":
          s = halfMargin > 0 ? " ".repeat(halfMargin) + s : s;
          break;
        // default: left align, no additional whitespaces
        case "left":
        default:
          break;
      }
      return s;
    };
  }
});

// node_modules/cli-progress/lib/options.js
var require_options = __commonJS({
  "node_modules/cli-progress/lib/options.js"(exports, module) {
    function mergeOption(v, defaultValue) {
      if (typeof v === "undefined" || v === null) {
        return defaultValue;
      } else {
        return v;
      }
    }
    module.exports = {
      // set global options
      parse: function parse2(rawOptions, preset) {
        const options = {};
        const opt = Object.assign({}, preset, rawOptions);
        options.throttleTime = 1e3 / mergeOption(opt.fps, 10);
        options.stream = mergeOption(opt.stream, process.stderr);
        options.terminal = mergeOption(opt.terminal, null);
        options.clearOnComplete = mergeOption(opt.clearOnComplete, false);
        options.stopOnComplete = mergeOption(opt.stopOnComplete, false);
        options.barsize = mergeOption(opt.barsize, 40);
        options.align = mergeOption(opt.align, "left");
        options.hideCursor = mergeOption(opt.hideCursor, false);
        options.linewrap = mergeOption(opt.linewrap, false);
        options.barGlue = mergeOption(opt.barGlue, "");
        options.barCompleteChar = mergeOption(opt.barCompleteChar, "=");
        options.barIncompleteChar = mergeOption(opt.barIncompleteChar, "-");
        options.format = mergeOption(opt.format, "progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}");
        options.formatTime = mergeOption(opt.formatTime, null);
        options.formatValue = mergeOption(opt.formatValue, null);
        options.formatBar = mergeOption(opt.formatBar, null);
        options.etaBufferLength = mergeOption(opt.etaBuffer, 10);
        options.etaAsynchronousUpdate = mergeOption(opt.etaAsynchronousUpdate, false);
        options.progressCalculationRelative = mergeOption(opt.progressCalculationRelative, false);
        options.synchronousUpdate = mergeOption(opt.synchronousUpdate, true);
        options.noTTYOutput = mergeOption(opt.noTTYOutput, false);
        options.notTTYSchedule = mergeOption(opt.notTTYSchedule, 2e3);
        options.emptyOnZero = mergeOption(opt.emptyOnZero, false);
        options.forceRedraw = mergeOption(opt.forceRedraw, false);
        options.autopadding = mergeOption(opt.autopadding, false);
        options.gracefulExit = mergeOption(opt.gracefulExit, false);
        return options;
      },
      // derived options: instance specific, has to be created for every bar element
      assignDerivedOptions: function assignDerivedOptions(options) {
        options.barCompleteString = options.barCompleteChar.repeat(options.barsize + 1);
        options.barIncompleteString = options.barIncompleteChar.repeat(options.barsize + 1);
        options.autopaddingChar = options.autopadding ? mergeOption(options.autopaddingChar, "   ") : "";
        return options;
      }
    };
  }
});

// node_modules/cli-progress/lib/generic-bar.js
var require_generic_bar = __commonJS({
  "node_modules/cli-progress/lib/generic-bar.js"(exports, module) {
    var _ETA = require_eta();
    var _Terminal = require_terminal();
    var _formatter = require_formatter();
    var _options = require_options();
    var _EventEmitter = __require("events");
    module.exports = class GenericBar extends _EventEmitter {
      constructor(options) {
        super();
        this.options = _options.assignDerivedOptions(options);
        this.terminal = this.options.terminal ? this.options.terminal : new _Terminal(this.options.stream);
        this.value = 0;
        this.startValue = 0;
        this.total = 100;
        this.lastDrawnString = null;
        this.startTime = null;
        this.stopTime = null;
        this.lastRedraw = Date.now();
        this.eta = new _ETA(this.options.etaBufferLength, 0, 0);
        this.payload = {};
        this.isActive = false;
        this.formatter = typeof this.options.format === "function" ? this.options.format : _formatter;
      }
      // internal render function
      render(forceRendering = false) {
        const params = {
          progress: this.getProgress(),
          eta: this.eta.getTime(),
          startTime: this.startTime,
          stopTime: this.stopTime,
          total: this.total,
          value: this.value,
          maxWidth: this.terminal.getWidth()
        };
        if (this.options.etaAsynchronousUpdate) {
          this.updateETA();
        }
        const s = this.formatter(this.options, params, this.payload);
        const forceRedraw = forceRendering || this.options.forceRedraw || this.options.noTTYOutput && !this.terminal.isTTY();
        if (forceRedraw || this.lastDrawnString != s) {
          this.emit("redraw-pre");
          this.terminal.cursorTo(0, null);
          this.terminal.write(s);
          this.terminal.clearRight();
          this.lastDrawnString = s;
          this.lastRedraw = Date.now();
          this.emit("redraw-post");
        }
      }
      // start the progress bar
      start(total, startValue, payload) {
        this.value = startValue || 0;
        this.total = typeof total !== "undefined" && total >= 0 ? total : 100;
        this.startValue = startValue || 0;
        this.payload = payload || {};
        this.startTime = Date.now();
        this.stopTime = null;
        this.lastDrawnString = "";
        this.eta = new _ETA(this.options.etaBufferLength, this.startTime, this.value);
        this.isActive = true;
        this.emit("start", total, startValue);
      }
      // stop the bar
      stop() {
        this.isActive = false;
        this.stopTime = Date.now();
        this.emit("stop", this.total, this.value);
      }
      // update the bar value
      // update(value, payload)
      // update(payload)
      update(arg0, arg1 = {}) {
        if (typeof arg0 === "number") {
          this.value = arg0;
          this.eta.update(Date.now(), arg0, this.total);
        }
        const payloadData = (typeof arg0 === "object" ? arg0 : arg1) || {};
        this.emit("update", this.total, this.value);
        for (const key2 in payloadData) {
          this.payload[key2] = payloadData[key2];
        }
        if (this.value >= this.getTotal() && this.options.stopOnComplete) {
          this.stop();
        }
      }
      // calculate the actual progress value
      getProgress() {
        let progress = this.value / this.total;
        if (this.options.progressCalculationRelative) {
          progress = (this.value - this.startValue) / (this.total - this.startValue);
        }
        if (isNaN(progress)) {
          progress = this.options && this.options.emptyOnZero ? 0 : 1;
        }
        progress = Math.min(Math.max(progress, 0), 1);
        return progress;
      }
      // update the bar value
      // increment(delta, payload)
      // increment(payload)
      increment(arg0 = 1, arg1 = {}) {
        if (typeof arg0 === "object") {
          this.update(this.value + 1, arg0);
        } else {
          this.update(this.value + arg0, arg1);
        }
      }
      // get the total (limit) value
      getTotal() {
        return this.total;
      }
      // set the total (limit) value
      setTotal(total) {
        if (typeof total !== "undefined" && total >= 0) {
          this.total = total;
        }
      }
      // force eta calculation update (long running processes)
      updateETA() {
        this.eta.update(Date.now(), this.value, this.total);
      }
    };
  }
});

// node_modules/cli-progress/lib/single-bar.js
var require_single_bar = __commonJS({
  "node_modules/cli-progress/lib/single-bar.js"(exports, module) {
    var _GenericBar = require_generic_bar();
    var _options = require_options();
    module.exports = class SingleBar extends _GenericBar {
      constructor(options, preset) {
        super(_options.parse(options, preset));
        this.timer = null;
        if (this.options.noTTYOutput && this.terminal.isTTY() === false) {
          this.options.synchronousUpdate = false;
        }
        this.schedulingRate = this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule;
        this.sigintCallback = null;
      }
      // internal render function
      render() {
        if (this.timer) {
          clearTimeout(this.timer);
          this.timer = null;
        }
        super.render();
        if (this.options.noTTYOutput && this.terminal.isTTY() === false) {
          this.terminal.newline();
        }
        this.timer = setTimeout(this.render.bind(this), this.schedulingRate);
      }
      update(current, payload) {
        if (!this.timer) {
          return;
        }
        super.update(current, payload);
        if (this.options.synchronousUpdate && this.lastRedraw + this.options.throttleTime * 2 < Date.now()) {
          this.render();
        }
      }
      // start the progress bar
      start(total, startValue, payload) {
        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false) {
          return;
        }
        if (this.sigintCallback === null && this.options.gracefulExit) {
          this.sigintCallback = this.stop.bind(this);
          process.once("SIGINT", this.sigintCallback);
          process.once("SIGTERM", this.sigintCallback);
        }
        this.terminal.cursorSave();
        if (this.options.hideCursor === true) {
          this.terminal.cursor(false);
        }
        if (this.options.linewrap === false) {
          this.terminal.lineWrapping(false);
        }
        super.start(total, startValue, payload);
        this.render();
      }
      // stop the bar
      stop() {
        if (!this.timer) {
          return;
        }
        if (this.sigintCallback) {
          process.removeListener("SIGINT", this.sigintCallback);
          process.removeListener("SIGTERM", this.sigintCallback);
          this.sigintCallback = null;
        }
        this.render();
        super.stop();
        clearTimeout(this.timer);
        this.timer = null;
        if (this.options.hideCursor === true) {
          this.terminal.cursor(true);
        }
        if (this.options.linewrap === false) {
          this.terminal.lineWrapping(true);
        }
        this.terminal.cursorRestore();
        if (this.options.clearOnComplete) {
          this.terminal.cursorTo(0, null);
          this.terminal.clearLine();
        } else {
          this.terminal.newline();
        }
      }
    };
  }
});

// node_modules/cli-progress/lib/multi-bar.js
var require_multi_bar = __commonJS({
  "node_modules/cli-progress/lib/multi-bar.js"(exports, module) {
    var _Terminal = require_terminal();
    var _BarElement = require_generic_bar();
    var _options = require_options();
    var _EventEmitter = __require("events");
    module.exports = class MultiBar extends _EventEmitter {
      constructor(options, preset) {
        super();
        this.bars = [];
        this.options = _options.parse(options, preset);
        this.options.synchronousUpdate = false;
        this.terminal = this.options.terminal ? this.options.terminal : new _Terminal(this.options.stream);
        this.timer = null;
        this.isActive = false;
        this.schedulingRate = this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule;
        this.loggingBuffer = [];
        this.sigintCallback = null;
      }
      // add a new bar to the stack
      create(total, startValue, payload, barOptions = {}) {
        const bar = new _BarElement(Object.assign(
          {},
          // global options
          this.options,
          // terminal instance
          {
            terminal: this.terminal
          },
          // overrides
          barOptions
        ));
        this.bars.push(bar);
        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false) {
          return bar;
        }
        if (this.sigintCallback === null && this.options.gracefulExit) {
          this.sigintCallback = this.stop.bind(this);
          process.once("SIGINT", this.sigintCallback);
          process.once("SIGTERM", this.sigintCallback);
        }
        if (!this.isActive) {
          if (this.options.hideCursor === true) {
            this.terminal.cursor(false);
          }
          if (this.options.linewrap === false) {
            this.terminal.lineWrapping(false);
          }
          this.timer = setTimeout(this.update.bind(this), this.schedulingRate);
        }
        this.isActive = true;
        bar.start(total, startValue, payload);
        this.emit("start");
        return bar;
      }
      // remove a bar from the stack
      remove(bar) {
        const index = this.bars.indexOf(bar);
        if (index < 0) {
          return false;
        }
        this.bars.splice(index, 1);
        this.update();
        this.terminal.newline();
        this.terminal.clearBottom();
        return true;
      }
      // internal update routine
      update() {
        if (this.timer) {
          clearTimeout(this.timer);
          this.timer = null;
        }
        this.emit("update-pre");
        this.terminal.cursorRelativeReset();
        this.emit("redraw-pre");
        if (this.loggingBuffer.length > 0) {
          this.terminal.clearLine();
          while (this.loggingBuffer.length > 0) {
            this.terminal.write(this.loggingBuffer.shift(), true);
          }
        }
        for (let i = 0; i < this.bars.length; i++) {
          if (i > 0) {
            this.terminal.newline();
          }
          this.bars[i].render();
        }
        this.emit("redraw-post");
        if (this.options.noTTYOutput && this.terminal.isTTY() === false) {
          this.terminal.newline();
          this.terminal.newline();
        }
        this.timer = setTimeout(this.update.bind(this), this.schedulingRate);
        this.emit("update-post");
        if (this.options.stopOnComplete && !this.bars.find((bar) => bar.isActive)) {
          this.stop();
        }
      }
      stop() {
        clearTimeout(this.timer);
        this.timer = null;
        if (this.sigintCallback) {
          process.removeListener("SIGINT", this.sigintCallback);
          process.removeListener("SIGTERM", this.sigintCallback);
          this.sigintCallback = null;
        }
        this.isActive = false;
        if (this.options.hideCursor === true) {
          this.terminal.cursor(true);
        }
        if (this.options.linewrap === false) {
          this.terminal.lineWrapping(true);
        }
        this.terminal.cursorRelativeReset();
        this.emit("stop-pre-clear");
        if (this.options.clearOnComplete) {
          this.terminal.clearBottom();
        } else {
          for (let i = 0; i < this.bars.length; i++) {
            if (i > 0) {
              this.terminal.newline();
            }
            this.bars[i].render();
            this.bars[i].stop();
          }
          this.terminal.newline();
        }
        this.emit("stop");
      }
      log(s) {
        this.loggingBuffer.push(s);
      }
    };
  }
});

// node_modules/cli-progress/presets/legacy.js
var require_legacy = __commonJS({
  "node_modules/cli-progress/presets/legacy.js"(exports, module) {
    module.exports = {
      format: "progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "=",
      barIncompleteChar: "-"
    };
  }
});

// node_modules/cli-progress/presets/shades-classic.js
var require_shades_classic = __commonJS({
  "node_modules/cli-progress/presets/shades-classic.js"(exports, module) {
    module.exports = {
      format: " {bar} {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "\u2588",
      barIncompleteChar: "\u2591"
    };
  }
});

// node_modules/cli-progress/presets/shades-grey.js
var require_shades_grey = __commonJS({
  "node_modules/cli-progress/presets/shades-grey.js"(exports, module) {
    module.exports = {
      format: " \x1B[90m{bar}\x1B[0m {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "\u2588",
      barIncompleteChar: "\u2591"
    };
  }
});

// node_modules/cli-progress/presets/rect.js
var require_rect = __commonJS({
  "node_modules/cli-progress/presets/rect.js"(exports, module) {
    module.exports = {
      format: " {bar}\u25A0 {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "\u25A0",
      barIncompleteChar: " "
    };
  }
});

// node_modules/cli-progress/presets/index.js
var require_presets = __commonJS({
  "node_modules/cli-progress/presets/index.js"(exports, module) {
    var _legacy = require_legacy();
    var _shades_classic = require_shades_classic();
    var _shades_grey = require_shades_grey();
    var _rect = require_rect();
    module.exports = {
      legacy: _legacy,
      shades_classic: _shades_classic,
      shades_grey: _shades_grey,
      rect: _rect
    };
  }
});

// node_modules/cli-progress/cli-progress.js
var require_cli_progress = __commonJS({
  "node_modules/cli-progress/cli-progress.js"(exports, module) {
    var _SingleBar = require_single_bar();
    var _MultiBar = require_multi_bar();
    var _Presets = require_presets();
    var _Formatter = require_formatter();
    var _defaultFormatValue = require_format_value();
    var _defaultFormatBar = require_format_bar();
    var _defaultFormatTime = require_format_time();
    module.exports = {
      Bar: _SingleBar,
      SingleBar: _SingleBar,
      MultiBar: _MultiBar,
      Presets: _Presets,
      Format: {
        Formatter: _Formatter,
        BarFormat: _defaultFormatBar,
        ValueFormat: _defaultFormatValue,
        TimeFormat: _defaultFormatTime
      }
    };
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek2 = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek2() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern2, requireEnd = true) => {
      if (pattern2[0] !== "+" && pattern2[0] !== "*" || pattern2[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern2.length; i++) {
        const ch = pattern2[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern2.length - 1) {
              return;
            }
            return {
              type: pattern2[0],
              body: pattern2.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern2) => {
      let index = 0;
      const chars = [];
      while (index < pattern2.length) {
        const match = parseRepeatedExtglob(pattern2.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern2) => {
      let depth = 0;
      let value = pattern2.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek2 = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek2() === "!" && (peek2(2) !== "(" || peek2(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc6, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc6) {
              return esc6 + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc6) {
              return esc6 + first + (rest ? star : "");
            }
            return star;
          }
          return esc6 ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek2();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek2() !== ":" || value === "-" && peek2() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek2();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek2() === "(") {
            if (peek2(2) !== "?" || !/[!=<:]/.test(peek2(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek2() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex2 = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex2, options, { glob, posix: posix2 });
        const result = { glob, state, regex: regex2, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored2(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex2, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex2, options, posix2);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex2 = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex2.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern2, options) => {
      if (Array.isArray(pattern2)) return pattern2.map((p) => picomatch2.parse(p, options));
      return parse2(pattern2, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/cli.ts
import { once } from "node:events";
import { relative as relative7, resolve as resolvePath } from "node:path";

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/patterns/store.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import { dirname as dirname2, join as join2, relative, sep } from "node:path";

// src/patterns/load.ts
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// src/deps.ts
import { createRequire } from "node:module";
var req;
var zodModule;
var yamlModule;
var injected = () => globalThis.__OPLINT_DEPS__;
var load = (name) => (req ??= createRequire(import.meta.url))(name);
function zod() {
  zodModule ??= injected()?.zod?.() ?? load("zod");
  return zodModule.z;
}
function yaml() {
  yamlModule ??= injected()?.yaml?.() ?? load("yaml");
  return yamlModule;
}
function lazy(build) {
  let value;
  return () => value ??= build();
}

// src/patterns/load.ts
var PackError = class extends Error {
  constructor(file, path, problem) {
    super(`${file}${path ? ` at ${path}` : ""}: ${problem}`);
    this.file = file;
    this.path = path;
    this.problem = problem;
    this.name = "PackError";
  }
  file;
  path;
  problem;
};
var override;
var shippedDir;
function patternsDir() {
  if (shippedDir) return shippedDir;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, "..", "..", "patterns"), resolve(here, "..", "patterns")];
  const hasPacks = (d) => {
    try {
      return statSync(join(d, "packs")).isDirectory();
    } catch {
      return false;
    }
  };
  const ownPackage = (d) => {
    try {
      return JSON.parse(readFileSync(join(d, "..", "package.json"), "utf8")).name === "oplint";
    } catch {
      return false;
    }
  };
  shippedDir = candidates.find((d) => hasPacks(d) && ownPackage(d)) ?? candidates.find(hasPacks) ?? candidates[0];
  return shippedDir;
}
function embeddedPattern(rel) {
  return override?.(rel);
}
function readPatternText(rel, dirs = []) {
  for (const d of dirs) {
    const file2 = join(d, rel);
    let text;
    try {
      text = readFileSync(file2, "utf8");
    } catch {
      continue;
    }
    return { text: text.replace(/^\ufeff/, ""), file: file2, overridden: true };
  }
  const embedded = override?.(rel);
  if (embedded !== void 0) return { text: embedded, file: `patterns/${rel}`, overridden: false };
  const file = join(patternsDir(), rel);
  try {
    return { text: readFileSync(file, "utf8"), file, overridden: false };
  } catch (err) {
    throw new PackError(file, "", `cannot read pattern file (${err.code ?? "error"})`);
  }
}
function parsePack(text, file, schemaArg) {
  const schema = typeof schemaArg === "function" ? schemaArg() : schemaArg;
  let data;
  try {
    data = yaml().parse(text);
  } catch (err) {
    const msg = (err.message.split("\n")[0] ?? "").replace(/:\s*$/, "");
    throw new PackError(file, "", `invalid YAML: ${msg}`);
  }
  const res = schema.safeParse(data);
  if (!res.success) {
    const issue = res.error.issues[0];
    const path = issue.path.map((p) => typeof p === "number" ? `[${p}]` : `.${String(p)}`).join("").replace(/^\./, "");
    throw new PackError(file, path || "(root)", issue.message);
  }
  return res.data;
}
function loadPack(rel, schema, dirs = []) {
  void schema;
  return patternStore(dirs).data(rel);
}
function packFile(rel, dirs = []) {
  return patternStore(dirs).fileOf(rel);
}

// src/nlp/lexicon.ts
var __schemas = lazy(() => {
  const z = zod();
  const LexiconSchema2 = z.strictObject({
    lexicon: z.string().min(1),
    description: z.string().optional(),
    /**
     * Misspellings: a word of at least `minLength` letters that no term matches but that is within `maxEdits`
     * edits (insert, delete, substitute, swap) of a one-word term, with the same first three letters, is that term
     * ("gentamycine", "vancomyacin", "stimulen"). One edit only for words shorter than `twoEditsFrom`.
     */
    fuzzy: z.strictObject({ minLength: z.number().int().positive(), maxEdits: z.number().int().min(1).max(2), twoEditsFrom: z.number().int().positive() }).optional(),
    entries: z.array(
      z.strictObject({
        name: z.string().min(1),
        terms: z.array(z.string().min(1)).default([]),
        /** Verb lemmas: their past tense, present tense and gerund are added to terms when the file is validated. */
        verbs: z.array(z.string().min(1)).optional(),
        /** Noun lemmas: singular and plural are added to terms. */
        nouns: z.array(z.string().min(1)).optional(),
        tags: z.array(z.string().min(1)).optional(),
        /**
         * A count of a whole ("11 of 14", "12/12"): the tags the match takes when its first number is fewer
         * than the second, or equal to it (any other count is no match).
         */
        countTags: z.strictObject({ fewer: z.array(z.string().min(1)), equal: z.array(z.string().min(1)) }).optional()
      }).refine((e) => e.terms.length + (e.verbs?.length ?? 0) + (e.nouns?.length ?? 0) > 0, "an entry needs terms, verbs or nouns")
    ).min(1)
  });
  return { LexiconSchema: LexiconSchema2 };
});
var LexiconSchema = () => __schemas().LexiconSchema;
function countEntry(e, text) {
  const ns = text.match(/\d+/g);
  if (!ns || ns.length < 2) return void 0;
  const part = Number(ns[0]);
  const whole = Number(ns[1]);
  return part < whole ? e.fewer : part === whole ? e.equal : void 0;
}
var esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var MACRO = /\{\{([a-zA-Z][\w-]*)\}\}/g;
function expandMacros(source, macros) {
  let unknown;
  const out = source.replace(MACRO, (_, name) => {
    const m = macros[name];
    if (m === void 0) unknown ??= name;
    return m === void 0 ? "" : `(?:${m})`;
  });
  return unknown === void 0 ? out : { unknown };
}
function termSource(term) {
  if (term.startsWith("re:")) return term.slice(3);
  return term.trim().split(/(\s+|-)/).map((part) => part === "-" ? "[\\s-]*" : /^\s+$/.test(part) ? "[\\s-]+" : esc(part)).join("");
}
function compileLexicon(file, where = file.lexicon, macros = {}) {
  const entries = [];
  const groups = [];
  const terms = [];
  const expanded = file.entries.map((e, ei) => ({
    ...e,
    terms: e.terms.map((t, ti) => {
      if (!t.startsWith("re:") || !t.includes("{{")) return t;
      const x = expandMacros(t.slice(3), macros);
      if (typeof x !== "string") throw new PackError(where, `entries[${ei}].terms[${ti}]`, `unknown macro {{${x.unknown}}} (grammar.yaml macros)`);
      return `re:${x}`;
    })
  }));
  expanded.forEach((e, ei) => {
    e.terms.forEach((t, ti) => {
      if (!t.startsWith("re:")) return;
      let groupsInTerm;
      try {
        groupsInTerm = new RegExp(`${t.slice(3)}|`).exec("").length - 1;
      } catch (err) {
        throw new PackError(where, `entries[${ei}].terms[${ti}]`, `invalid regular expression: ${err.message}`);
      }
      if (groupsInTerm > 0) throw new PackError(where, `entries[${ei}].terms[${ti}]`, "use (?:...) instead of capturing groups");
    });
    const entry = { name: e.name, tags: new Set(e.tags ?? []) };
    if (e.countTags) {
      entry.byCount = { fewer: { name: e.name, tags: new Set(e.countTags.fewer) }, equal: { name: e.name, tags: new Set(e.countTags.equal) } };
      entries.push(entry.byCount.fewer, entry.byCount.equal);
    }
    entries.push(entry);
    for (const t of e.terms) terms.push({ t, entry });
  });
  terms.sort((a, b) => b.t.length - a.t.length);
  const groupEntries = terms.map((x) => x.entry);
  for (const x of terms) groups.push(`(${termSource(x.t)})`);
  let regex2;
  try {
    const startsWithWord = file.entries.every((e) => e.terms.every((t) => t.startsWith("re:") || /^[A-Za-z0-9]/.test(t.trim())));
    const lead = startsWithWord ? "\\b" : "(?<![A-Za-z0-9])";
    regex2 = new RegExp(`${lead}(?:${groups.join("|")})s?(?![A-Za-z0-9])`, "gi");
  } catch (err) {
    throw new PackError(where, "entries", `invalid term pattern: ${err.message}`);
  }
  let fuzzy;
  if (file.fuzzy) {
    const byPrefix = /* @__PURE__ */ new Map();
    for (const x of terms) {
      const t = x.t.trim().toLowerCase();
      if (t.startsWith("re:") || !/^[a-z]+$/.test(t) || t.length < file.fuzzy.minLength - file.fuzzy.maxEdits) continue;
      const k = t.slice(0, PREFIX);
      byPrefix.set(k, [...byPrefix.get(k) ?? [], { term: t, entry: x.entry }]);
    }
    const words = new RegExp(`\\b(?:${[...byPrefix.keys()].join("|")})[a-z]{${Math.max(0, file.fuzzy.minLength - PREFIX)},}\\b`, "gi");
    fuzzy = { ...file.fuzzy, byPrefix, words };
  }
  return { id: file.lexicon, entries, groupEntries, regex: regex2, ...fuzzy ? { fuzzy } : {} };
}
var PREFIX = 3;
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}
function fuzzyMatches(lex, text, taken) {
  const f = lex.fuzzy;
  const out = [];
  const word = f.words;
  word.lastIndex = 0;
  let k = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const w = m[0];
    const cands = f.byPrefix.get(w.slice(0, PREFIX).toLowerCase());
    if (!cands) continue;
    while (k < taken.length && taken[k].end <= m.index) k++;
    if (k < taken.length && taken[k].start < m.index + w.length) continue;
    const lw = w.toLowerCase();
    const max = lw.length >= f.twoEditsFrom ? f.maxEdits : 1;
    let best;
    for (const c of cands) {
      if (c.term === lw) continue;
      const d = editDistance(lw, c.term, max);
      if (d <= max && (!best || d < best.d)) best = { entry: c.entry, d };
    }
    if (best) out.push({ lexicon: lex.id, entry: best.entry, start: m.index, end: m.index + w.length, text: w });
  }
  return out;
}
function getLexicon(name, patternDirs = []) {
  return patternStore(patternDirs).compiled(`lexicon:${name}`, (store) => {
    const rel = `lexicons/${name}.yaml`;
    return compileLexicon(store.data(rel), store.fileOf(rel), store.data("grammar.yaml").macros);
  });
}
function matchAll(lex, text) {
  const out = [];
  const re = lex.regex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const digits = /^\d+/.exec(m[0]);
    if (digits && m.index >= 2 && text[m.index - 1] === ":" && /\d/.test(text[m.index - 2])) {
      re.lastIndex = m.index + digits[0].length;
      continue;
    }
    let gi = 1;
    while (gi < m.length && m[gi] === void 0) gi++;
    let entry = lex.groupEntries[gi - 1];
    if (entry?.byCount) entry = countEntry(entry.byCount, m[0]);
    if (entry) out.push({ lexicon: lex.id, entry, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  if (!lex.fuzzy) return out;
  const extra = fuzzyMatches(lex, text, out);
  return extra.length ? [...out, ...extra].sort((x, y) => x.start - y.start) : out;
}

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key2) => key2 in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open2, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open2;
    closeAll = close;
  } else {
    openAll = parent.openAll + open2;
    closeAll = close + parent.closeAll;
  }
  return {
    open: open2,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// src/codes.ts
var FAMILY = ["20700", "20701", "20702", "20703", "20704", "20705"];
function isFamilyCode(code) {
  return FAMILY.includes(code);
}
function siteCode(action, site) {
  const table = {
    deep: ["20700", "20701"],
    intramedullary: ["20702", "20703"],
    "intra-articular": ["20704", "20705"]
  };
  const pair = table[site];
  if (!pair) return null;
  return action === "insert" ? pair[0] : pair[1];
}
var UnknownCodeError = class extends Error {
  constructor(code) {
    super(`unknown code ${code}: oplint covers 20700-20705`);
    this.code = code;
    this.name = "UnknownCodeError";
  }
  code;
};
var __schemas2 = lazy(() => {
  const z = zod();
  const codeStr = z.string().regex(/^\d{5}$/, "expected a 5-digit code");
  const primaryEntry = z.string().regex(/^[0-9A-Z]{5}(-[0-9A-Z]{5})?$/, "expected a code or a range like 20802-20838");
  const confidence = z.enum(["high", "medium", "low", "none"]);
  const medicareSchema = z.object({
    year: z.number().int(),
    found: z.boolean(),
    workRvu: z.number().optional(),
    peRvu: z.number().optional(),
    mpRvu: z.number().optional(),
    totalRvu: z.number().optional(),
    nationalPayment: z.number().optional(),
    source: z.string().min(1),
    confidence
  }).strict();
  const codeSchema = z.object({
    code: codeStr,
    short: z.string().min(1),
    meaning: z.string().min(1),
    action: z.enum(["insert", "remove"]),
    site: z.enum(["deep", "intramedullary", "intra-articular"]),
    companion: codeStr,
    addOn: z.boolean(),
    elements: z.array(z.object({ id: z.string().min(1), summary: z.string().min(1) }).strict()).min(1),
    denialRisks: z.array(z.string().min(1)),
    medicare: medicareSchema,
    notes: z.array(z.string()).default([])
  }).strict();
  const modifierRule = z.object({ modifier: z.string().min(1), rule: z.string().min(1) }).strict();
  const anatomyEntry = z.object({ name: z.string().min(1), terms: z.array(z.string().min(1)).min(1) }).strict();
  const anatomySchema = z.object({
    sides: z.object({ left: z.array(z.string().min(1)), right: z.array(z.string().min(1)) }).strict(),
    deep: z.array(anatomyEntry),
    intramedullary: z.array(anatomyEntry),
    "intra-articular": z.array(anatomyEntry)
  }).strict();
  const codesFileSchema2 = z.object({
    conversionFactor: z.object({ year: z.number().int(), value: z.number(), source: z.string() }).strict(),
    anatomy: anatomySchema.optional(),
    common: z.object({
      modifiers: z.array(modifierRule),
      global: z.literal("ZZZ"),
      globalNote: z.string(),
      notes: z.array(z.string())
    }).strict(),
    codes: z.array(codeSchema).min(1)
  }).strict();
  const primariesFileSchema2 = z.object({
    addOn: codeStr,
    source: z.string().min(1),
    date: z.string().min(1),
    confidence,
    complete: z.boolean(),
    note: z.string().optional(),
    groups: z.array(z.object({ basis: z.string().min(1), codes: z.array(primaryEntry).min(1) }).strict()),
    excluded: z.array(z.object({ code: z.string().regex(/^[0-9A-Z]{5}$/), reason: z.string().min(1) }).strict()).default([])
  }).strict();
  return { codeStr, primaryEntry, confidence, medicareSchema, codeSchema, modifierRule, anatomySchema, codesFileSchema: codesFileSchema2, primariesFileSchema: primariesFileSchema2 };
});
var codesFileSchema = () => __schemas2().codesFileSchema;
var primariesFileSchema = () => __schemas2().primariesFileSchema;
function loadCodes(patternDirs = []) {
  return patternStore(patternDirs).compiled("codes", () => buildCodes(patternDirs));
}
function buildCodes(patternDirs) {
  const file = loadPack("codes.yaml", codesFileSchema, patternDirs);
  const codes = /* @__PURE__ */ new Map();
  for (const c of file.codes) {
    if (!isFamilyCode(c.code)) continue;
    const primaries = loadPack(`primaries/${c.code}.yaml`, primariesFileSchema, patternDirs);
    codes.set(c.code, {
      ...c,
      code: c.code,
      global: file.common.global,
      globalNote: file.common.globalNote,
      modifiers: file.common.modifiers,
      notes: c.notes,
      primaries
    });
  }
  const anatomy = file.anatomy ?? { sides: { left: [], right: [] }, deep: [], intramedullary: [], "intra-articular": [] };
  return { codes, conversionFactor: file.conversionFactor, commonNotes: file.common.notes, anatomy };
}
function getCodeInfo(code, knowledge = loadCodes()) {
  const info = knowledge.codes.get(code.trim());
  if (!info) throw new UnknownCodeError(code.trim());
  return info;
}
function listIncludes(list3, code) {
  for (const g of list3.groups) {
    for (const entry of g.codes) {
      if (entry === code) return true;
      const [lo, hi] = entry.split("-");
      if (hi !== void 0 && /^\d{5}$/.test(code) && code >= lo && code <= hi) return true;
    }
  }
  return false;
}
var WIDTH = 80;
function wrap(text, indent, width = WIDTH) {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines = [];
  let line = indent;
  for (const w of words) {
    if (line.trim().length > 0 && line.length + 1 + w.length > width) {
      lines.push(line);
      line = indent + w;
    } else {
      line = line.trim().length > 0 ? `${line} ${w}` : indent + w;
    }
  }
  if (line.trim()) lines.push(line);
  return lines;
}
function bullet(text, indent = "  ") {
  const [first, ...rest] = wrap(text, `${indent}  `);
  return [`${indent}- ${first.trimStart()}`, ...rest];
}
var SITE_LABEL = {
  deep: "deep (subfascial soft tissue or bone cavity outside the canal)",
  intramedullary: "intramedullary canal of a bone",
  "intra-articular": "intra-articular (joint space)"
};
function money(n) {
  return n === void 0 ? "-" : `$${n.toFixed(2)}`;
}
function num(n) {
  return n === void 0 ? "-" : String(n);
}
function renderExplain(code, opts = {}, knowledge) {
  const k = knowledge ?? loadCodes();
  const info = getCodeInfo(code, k);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const h = (s) => c.bold(s);
  const out = [];
  out.push(c.bold.cyan(`${info.code}  ${info.short}`) + (info.addOn ? c.yellow("  (add-on code)") : ""));
  out.push("");
  out.push(h("Meaning") + c.dim(" (oplint paraphrase, not the CPT descriptor)"));
  out.push(...wrap(info.meaning, "  "));
  out.push("");
  out.push(`${h("Add-on:")}     ${info.addOn ? "yes - never alone; needs a primary procedure on the claim" : "no"}`);
  out.push(`${h("Action:")}     ${info.action === "insert" ? "manual preparation and insertion" : "removal"}`);
  out.push(`${h("Site:")}       ${SITE_LABEL[info.site]}`);
  out.push(`${h("Companion:")}  ${info.companion} (${info.action === "insert" ? "removal" : "insertion"} at the same site)`);
  const [g1, ...gRest] = wrap(`${info.global} - ${info.globalNote}`, "             ");
  out.push(`${h("Global:")}     ${g1.trimStart()}`, ...gRest);
  out.push("");
  out.push(h("What the note must show"));
  for (const e of info.elements) out.push(...bullet(`${e.id}: ${e.summary}`));
  out.push("");
  out.push(h("Denial risks"));
  for (const r of info.denialRisks) out.push(...bullet(r));
  out.push("");
  out.push(h("Modifiers"));
  for (const m2 of info.modifiers) out.push(...bullet(`${m2.modifier}: ${m2.rule}`));
  out.push("");
  const m = info.medicare;
  out.push(h(`Medicare ${m.year} (national, physician fee schedule)`));
  if (m.found) {
    out.push(`  Work RVU ${num(m.workRvu)}   PE RVU ${num(m.peRvu)}   MP RVU ${num(m.mpRvu)}   Total RVU ${num(m.totalRvu)}`);
    out.push(`  National payment ${money(m.nationalPayment)}`);
  } else {
    out.push("  Figures not found.");
  }
  out.push(...wrap(`Source: ${m.source}; year ${m.year}; confidence ${m.confidence}.`, "  "));
  out.push(c.dim("  Actual payment varies by locality (GPCI) and payer."));
  out.push("");
  const p = info.primaries;
  out.push(h("Primary procedures") + ` (${p.complete ? "published list" : "PARTIAL list"}, confidence ${p.confidence})`);
  out.push(...wrap(`Source: ${p.source} (${p.date}).`, "  "));
  if (p.note) out.push(...wrap(p.note, "  "));
  for (const g of p.groups) {
    out.push(...wrap(`${g.basis}:`, "  "));
    out.push(...wrap(g.codes.join(" "), "    "));
  }
  if (p.excluded.length) {
    out.push(...wrap("Not reported with:", "  "));
    for (const x of p.excluded) out.push(...bullet(`${x.code}: ${x.reason}`, "    "));
  }
  const notes = [...info.notes, ...k.commonNotes];
  if (notes.length) {
    out.push("");
    out.push(h("Notes"));
    for (const n of notes) out.push(...bullet(n));
  }
  return out.join("\n") + "\n";
}
function explainJson(code, knowledge) {
  const k = knowledge ?? loadCodes();
  const info = getCodeInfo(code, k);
  return {
    code: info.code,
    short: info.short,
    meaning: info.meaning,
    addOn: info.addOn,
    action: info.action,
    site: info.site,
    companion: info.companion,
    global: info.global,
    elements: info.elements,
    denialRisks: info.denialRisks,
    modifiers: info.modifiers,
    medicare: info.medicare,
    primaries: {
      source: info.primaries.source,
      date: info.primaries.date,
      confidence: info.primaries.confidence,
      complete: info.primaries.complete,
      note: info.primaries.note,
      groups: info.primaries.groups,
      excluded: info.primaries.excluded
    },
    notes: [...info.notes, ...k.commonNotes]
  };
}
function renderCodes(opts = {}, knowledge) {
  const k = knowledge ?? loadCodes();
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const rows = FAMILY.map((code) => getCodeInfo(code, k));
  const head = ["code", "action", "site", "pair", "global", "total RVU", "Medicare", "primaries"];
  const body = rows.map((r) => [
    r.code,
    r.action,
    r.site,
    r.companion,
    r.global,
    num(r.medicare.totalRvu),
    r.medicare.found ? money(r.medicare.nationalPayment) : "n/f",
    `${r.primaries.complete ? "published" : "partial"}/${r.primaries.confidence}`
  ]);
  const widths = head.map((t, i) => Math.max(t.length, ...body.map((b) => b[i].length)));
  const fmt = (cells2) => cells2.map((s, i) => s.padEnd(widths[i])).join(" ").trimEnd();
  const out = [c.bold(fmt(head)), ...body.map(fmt)];
  out.push("");
  out.push(...wrap("All six are add-on codes (global ZZZ, modifier 51 exempt): always reported with a primary procedure on the same claim. Site decides the code: canal 20702/20703, deep 20700/20701, joint 20704/20705.", ""));
  out.push(...wrap(`Medicare ${k.conversionFactor.year} national amounts; 20702 from the CMS Physician Fee Schedule RVU file RVU26A (January 2026), the others from an unofficial code-lookup website (low confidence); n/f = not found. Run 'oplint explain <code>' for sources.`, ""));
  return out.join("\n") + "\n";
}
function codesJson(knowledge) {
  const k = knowledge ?? loadCodes();
  return FAMILY.map((code) => {
    const r = getCodeInfo(code, k);
    return {
      code: r.code,
      short: r.short,
      action: r.action,
      site: r.site,
      companion: r.companion,
      addOn: r.addOn,
      global: r.global,
      medicare: r.medicare,
      primaries: { source: r.primaries.source, confidence: r.primaries.confidence, complete: r.primaries.complete }
    };
  });
}

// src/rules/pack.ts
var __schemas3 = lazy(() => {
  const z = zod();
  const Messages = z.strictObject({
    pass: z.string().min(1),
    fail: z.string().min(1),
    warn: z.string().min(1).optional(),
    /** When a blocking term is found (e.g. "prefabricated"). */
    blocked: z.string().min(1).optional(),
    /** When only a generic term is found (e.g. "antibiotic cement" with no drug). */
    generic: z.string().min(1).optional(),
    /** Element status and message when the note documents no event of the pack's action. */
    noEvent: z.string().min(1).optional(),
    na: z.string().min(1).optional(),
    /** When the device went to another site than the pack's. */
    wrongSite: z.string().min(1).optional(),
    /** When only part of what is required is documented. */
    partial: z.string().min(1).optional(),
    /** When only a generic site ("the wound", "the bone") is named. */
    genericSite: z.string().min(1).optional(),
    /** When the count taken out is lower than the count the note says was placed ({removed}, {placed}). */
    countConflict: z.string().min(1).optional()
  });
  const TermRef = z.strictObject({ lexicon: z.string().min(1), tags: z.array(z.string()).optional() });
  const Check = z.discriminatedUnion("type", [
    /** The event's site matches the pack's site. */
    z.strictObject({ type: z.literal("site") }),
    /** Terms of a lexicon found where the device is described. */
    z.strictObject({
      type: z.literal("terms"),
      find: z.array(TermRef).min(1),
      /**
       * Where to look: sentences describing the event, the whole note, or the whole note less the sentences
       * that describe only another device of this operation (`own`).
       */
      scope: z.enum(["event", "note", "own"]).default("event"),
      /** Assertions that count (default: affirmed only). */
      assertions: z.array(z.enum(ASSERTIONS)).default(["affirmed"]),
      /** Sentences with these context tags do not count (e.g. iv, irrigation). */
      skipContexts: z.array(z.string()).default([]),
      /** Terms whose presence fails the element (e.g. prefabricated). */
      block: z.array(TermRef).default([]),
      /** Terms that show the element was attempted but too vaguely (used for the generic message). */
      generic: z.array(TermRef).default([]),
      /** Terms that must also be present for a pass; without them the element warns. */
      alsoRequire: z.array(TermRef).default([]),
      /** Status when the `find` terms are there but `alsoRequire` ones are not (message `partial`). */
      alsoRequireStatus: z.enum(["fail", "warn"]).default("warn"),
      /**
       * An `alsoRequire` term also counts anywhere in the note, whatever its time, when it stands in one phrase
       * with a form of this code's device ("3 weeks after debridement with vancomycin PMMA beads placed"): the
       * history of a removed device describes it.
       */
      alsoRequireAttached: z.boolean().default(false),
      /**
       * A correction (addendum, late entry, attestation) that negates a `find` term ("Correction: no vancomycin was
       * added to the bead cement") withdraws that term wherever else the note says it.
       */
      withdrawnByCorrection: z.boolean().default(false),
      /**
       * Fail (message `countConflict`) when the count of the device taken out today is lower than the count the
       * note says was placed at an earlier time ("18 beads were counted" against an implant record of "20 beads").
       */
      blockOnCountConflict: z.boolean().default(false),
      /**
       * A count table decides: a pipe table with a column (or a row label) of the count taken out and one of the
       * count placed or the count left in ("| Placed 2 weeks ago | Removed today | Retained |" / "| 15 | 15 | 0 |").
       * The words name each column by its header: the count out equal to the count placed, or none left in, passes;
       * fewer out, or some left in, fails.
       */
      countTable: z.strictObject({ removed: z.array(z.string().min(1)).min(1), placed: z.array(z.string().min(1)).min(1), retained: z.array(z.string().min(1)).min(1) }).optional(),
      missing: z.enum(["fail", "warn"]).default("fail")
    }),
    /** An amount for the device or its materials. */
    z.strictObject({
      type: z.literal("quantity"),
      /**
       * The device's own row of a table whose amount column (`columns`, by header) says the amount was not taken
       * (`words`: "| Antibiotic beads | anterior compartment | not recorded |"): the element fails, whatever other
       * amounts the device's sentences hold (they measure the rest of the record).
       */
      notRecorded: z.strictObject({ columns: z.array(z.string().min(1)).min(1), words: z.array(z.string().min(1)).min(1) }).optional()
    }),
    /** The primary procedure, by CPT code (pass) or in words (warn). */
    z.strictObject({
      type: z.literal("primary-procedure"),
      find: z.array(TermRef).min(1),
      /** For removal codes: fail when the removal is the only procedure. */
      failWhenOnlyProcedure: z.boolean().default(false),
      onlyProcedure: z.string().optional(),
      /** A correction that negates a procedure ("no debridement was performed") takes it back wherever it is listed. */
      withdrawnByCorrection: z.boolean().default(false),
      /** Codes that are the removal itself, not another procedure (e.g. 20680, removal of a deep implant). */
      removalCodes: z.array(z.string().regex(/^\d{5}$/)).default([])
    }),
    /** A planned later removal, a permanent device, or n/a for absorbable carriers. */
    z.strictObject({
      type: z.literal("staged-removal"),
      find: z.array(TermRef).min(1),
      carriers: TermRef
    })
  ]);
  const Element = z.strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, "element ids are lower-case words joined by hyphens"),
    label: z.string().min(1),
    description: z.string().min(1),
    check: Check,
    messages: Messages,
    /**
     * Status when the note documents no event of the pack's action (default fail); `judge`: the element is a
     * fact of the note, not of the device (the primary procedure), and is judged by its rule all the same.
     */
    noEventStatus: z.enum(["fail", "n/a", "judge"]).default("fail"),
    denialRisks: z.array(z.string().min(1)).min(1),
    fix: z.string().min(1)
  });
  const PackSchema2 = z.strictObject({
    code: z.string().regex(/^\d{5}$/, "a five-digit CPT code"),
    extends: z.string().optional(),
    title: z.string().min(1),
    action: z.enum(["insert", "remove"]),
    site: z.enum(SITES),
    siteLabel: z.string().min(1),
    /** The site in a sentence a surgeon could write, used in fixes ({siteExample}). */
    siteExample: z.string().min(1),
    elements: z.array(Element).min(1).optional()
  });
  return { Messages, TermRef, Check, Element, PackSchema: PackSchema2 };
});
var PackSchema = () => __schemas3().PackSchema;
var ASSERTIONS = ["affirmed", "negated", "possible", "hypothetical", "historical"];
var SITES = ["intramedullary", "deep", "intra-articular"];
function loadCodePack(code, patternDirs = []) {
  return patternStore(patternDirs).compiled(`pack:${code}`, () => buildPack(code, patternDirs));
}
function buildPack(code, patternDirs) {
  const rel = `packs/${code}.yaml`;
  const raw = loadPack(rel, PackSchema, patternDirs);
  const shown2 = packFile(rel, patternDirs);
  let elements = raw.elements;
  if (raw.extends) {
    const base = loadCodePack(raw.extends, patternDirs);
    if (base.action !== raw.action) throw new PackError(shown2, "extends", `extends a ${base.action} pack but is a ${raw.action} pack`);
    elements ??= base.elements;
  }
  if (!elements) throw new PackError(shown2, "elements", "a pack needs elements or extends");
  const ids = /* @__PURE__ */ new Set();
  elements.forEach((e, i) => {
    if (ids.has(e.id)) throw new PackError(shown2, `elements[${i}].id`, `duplicate element id ${e.id}`);
    ids.add(e.id);
  });
  if (raw.code !== code) throw new PackError(shown2, "code", `file is for ${code} but says ${raw.code}`);
  const pack = { code: raw.code, title: raw.title, action: raw.action, site: raw.site, siteLabel: raw.siteLabel, siteExample: raw.siteExample, elements, file: shown2 };
  return pack;
}
function loadFamily(patternDirs = []) {
  return FAMILY.map((c) => loadCodePack(c, patternDirs));
}
function codeFor(action, site, patternDirs = []) {
  if (site === "unspecified") return void 0;
  return loadFamily(patternDirs).find((p) => p.action === action && p.site === site)?.code;
}
function removalOnlyCodes(patternDirs = []) {
  const out = /* @__PURE__ */ new Set();
  for (const p of loadFamily(patternDirs)) {
    for (const e of p.elements) if (e.check.type === "primary-procedure") for (const c of e.check.removalCodes) out.add(c);
  }
  return out;
}

// src/nlp/quantity.ts
import { createRequire as createRequire2 } from "node:module";
var __schemas4 = lazy(() => {
  const z = zod();
  const QuantitiesSchema2 = z.strictObject({
    units: z.record(z.string(), z.array(z.string().min(1)).min(1)),
    counted: z.array(z.string().min(1)),
    /** Nouns of whole devices (chains, strands): a count of them is no amount, and a counted noun before one qualifies it. */
    deviceNouns: z.array(z.string().min(1)).default([]),
    excluded: z.array(z.string().min(1)),
    /** Numbers written in words ("twelve", "a dozen", "half a"), with their value. */
    numberWords: z.record(z.string().min(1), z.number().positive()),
    /** Phrases after a number that make it a count of the device ("18 in number", "20 in total"). */
    countPhrases: z.array(z.string().min(1)),
    /**
     * Counted nouns after which "#N" counts them ("beads #20"); after any other one "#N" names one of them ("rod #2",
     * "chain #1"): a label, not an amount.
     */
    hashCounts: z.array(z.string().min(1)).default([]),
    /**
     * Words that, right after an amount in a unit, make it the size of something else: a gauge written "24 G wire",
     * "18 G needle" (canonical unit -> words).
     */
    unitFollowers: z.record(z.string(), z.array(z.string().min(1))).default({}),
    /**
     * How far the excluding words reach from an amount, within its clause: the last `before.words` words of the
     * `before.chars` characters before it, and the first `after.words` words of the `after.chars` after it.
     */
    excludedReach: z.strictObject({
      before: z.strictObject({ words: z.number().int().min(1), chars: z.number().int().min(1) }),
      after: z.strictObject({ words: z.number().int().min(1), chars: z.number().int().min(1) })
    }).default({ before: { words: 3, chars: 28 }, after: { words: 4, chars: 32 } }),
    /** Words a count may have between its number and its counted noun ("12 tobramycin PMMA beads"). */
    countWordsBetween: z.number().int().min(1).default(3),
    /** Characters a table row may have between its counted noun and the cell holding the count. */
    countCellReach: z.number().int().min(1).default(80),
    /** The largest number a count may be: a larger one is a code, a lot or a year ("20700 Antibiotic cement beads"). */
    countMax: z.number().int().min(1).default(999),
    /**
     * A size (one of `units`) measures the device only with one of `words` within `reach` words of it in its clause
     * ("a 9 mm rod", "beads of 7 mm", "10 mm in diameter"); otherwise it measures the patient ("the posterior 2.5 cm
     * could not be closed"). No `units`: every size counts.
     */
    sizes: z.strictObject({ units: z.array(z.string().min(1)), words: z.array(z.string().min(1)), reach: z.number().int().min(1) }).default({ units: [], words: [], reach: 6 })
  });
  return { QuantitiesSchema: QuantitiesSchema2 };
});
var QuantitiesSchema = () => __schemas4().QuantitiesSchema;
var esc2 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function compile(patternDirs) {
  return patternStore(patternDirs).compiled("quantities", () => compileQuantities(patternDirs));
}
function compileQuantities(patternDirs) {
  const q = loadPack("quantities.yaml", QuantitiesSchema, patternDirs);
  const unitOf = /* @__PURE__ */ new Map();
  for (const [canon, spellings] of Object.entries(q.units)) for (const s of spellings) unitOf.set(s.toLowerCase(), canon);
  for (const c of q.counted) unitOf.set(c.toLowerCase(), "count");
  const unitAlt = [...unitOf.keys()].sort((a, b) => b.length - a.length).map(esc2).join("|");
  const numberWords = new Map(Object.entries(q.numberWords).map(([w, v]) => [w.toLowerCase().replace(/\s+/g, " "), v]));
  const words = [...numberWords.keys()].filter((w) => w.length > 2).sort((a, b) => b.length - a.length).map((w) => esc2(w).replace(/ /g, "\\s+"));
  const num2 = `(?:\\d+(?:[.,]\\d+)?(?:\\s*(?:-|to)\\s*\\d+(?:\\.\\d+)?)?|${words.join("|")})`;
  const countPhrases = q.countPhrases.map((p) => esc2(p).replace(/ /g, "\\s+")).join("|");
  const alternation = (ws) => ws.map(esc2).sort((a, b) => b.length - a.length).join("|");
  const countedAlt = alternation(q.counted);
  const headAlt = alternation([...q.counted, ...q.deviceNouns]);
  const notBeforeNoun = `(?!(?<=(?:${countedAlt}))\\s+(?:${headAlt})(?![A-Za-z0-9]))`;
  const hashAlt = alternation(q.hashCounts);
  const hash = hashAlt ? `|(?:${hashAlt})\\s*#` : "";
  const re = new RegExp(
    `(?<![A-Za-z0-9.#])(?<!\\d:)(?:(${num2})\\s*(?:x\\s*\\d+(?:\\.\\d+)?\\s*)?-?\\s*(${unitAlt})(?![A-Za-z0-9])${notBeforeNoun}|(?:(?:${countedAlt})\\s*(?:x|count(?:\\s+of)?)${hash})\\s*(\\d+)|(${num2})\\s+(?:[A-Za-z0-9+-]+\\s+){1,${q.countWordsBetween}}?(?:${countedAlt})(?![A-Za-z0-9])${notBeforeNoun}|(\\d+)\\s+(?:${countPhrases})\\b|(?:${countedAlt})(?![A-Za-z])[^|\\n]{0,${q.countCellReach}}\\|[ \\t]*(\\d{1,3})[ \\t]*(?=\\||$))`,
    "gi"
  );
  const excludedRe = new RegExp(`(?<![A-Za-z])(?:${alternation(q.excluded)})(?![A-Za-z])`, "i");
  const nounRe = new RegExp(`(?<![A-Za-z])(?:${countedAlt})(?![A-Za-z])`, "gi");
  const sizeWordRe = q.sizes.units.length && q.sizes.words.length ? new RegExp(`(?<![A-Za-z])(?:${alternation(q.sizes.words)})(?![A-Za-z])`, "i") : null;
  const followers = new Map(
    Object.entries(q.unitFollowers).map(([u, ws]) => [u, { after: new RegExp(`^[ \\t-]*(?:${alternation(ws)})(?![A-Za-z])`, "i"), before: new RegExp(`(?<![A-Za-z])(?:${alternation(ws)})(?![A-Za-z])`, "i") }])
  );
  return { re, numberWords, unitOf, counted: new Set(q.counted), excludedRe, nounRe, reach: q.excludedReach, sizeUnits: new Set(q.sizes.units), sizeWordRe, sizeReach: q.sizes.reach, followers, countMax: q.countMax };
}
function parseNumber(s, c) {
  const w = c.numberWords.get(s.toLowerCase().replace(/\s+/g, " "));
  if (w !== void 0) return w;
  const first = /\d+(?:[.,]\d+)?/.exec(s)?.[0] ?? "0";
  return Number(first.replace(",", "."));
}
var SPELLED = /\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)\b/i;
var nlp;
function compromise() {
  if (nlp === void 0) {
    try {
      const embedded = globalThis.__OPLINT_COMPROMISE__;
      nlp = embedded ? embedded() : createRequire2(import.meta.url)("compromise");
    } catch {
      nlp = null;
    }
  }
  return nlp;
}
function spelledCounts(text, c) {
  const lib = compromise();
  if (!lib) return [];
  const out = [];
  let from = 0;
  for (const n of lib(text).numbers().json()) {
    const value = n.number?.num;
    const at = text.indexOf(n.text, from);
    if (at < 0 || value === void 0) continue;
    from = at + n.text.length;
    const words = /^(?:\s+[A-Za-z0-9+-]+){1,4}/.exec(text.slice(from))?.[0] ?? "";
    const noun = [...words.matchAll(/[A-Za-z]+/g)].find((w) => c.counted.has(w[0].toLowerCase()));
    if (!noun) continue;
    const end = from + noun.index + noun[0].length;
    out.push({ start: at, end, text: text.slice(at, end), value, unit: "count" });
  }
  return out;
}
function findQuantities(text, patternDirs = []) {
  const c = compile(patternDirs);
  const out = [];
  c.re.lastIndex = 0;
  for (let m = c.re.exec(text); m; m = c.re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const unit = m[2] ? c.unitOf.get(m[2].toLowerCase()) ?? m[2] : "count";
    const value = parseNumber(m[1] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? "0", c);
    if (unit === "count" && value > c.countMax) continue;
    const { before: rb, after: ra } = c.reach;
    const before = (text.slice(Math.max(0, start - rb.chars), start).split(/[,;]/).pop() ?? "").trim().split(/\s+/).slice(-rb.words).join(" ");
    const after = (text.slice(end, end + ra.chars).split(/[,;]|\.\s|\s[A-Za-z][\w/-]*:/)[0] ?? "").trim().split(/\s+/).slice(0, ra.words).join(" ");
    const inner = m[4] !== void 0 ? m[0].slice(m[4].length) : "";
    const hit = c.excludedRe.exec(`${before} | ${inner} | ${after}`);
    const q = { start, end, text: m[0], value, unit };
    const fr = c.followers.get(unit);
    const follower = fr ? fr.after.exec(text.slice(end, end + 40)) ?? fr.before.exec(text.slice(Math.max(0, start - 40), start).split(/\||\n|[ \t]{2,}|[.;:]\s/).pop() ?? "") : null;
    if (follower) q.excludedBy = follower[0].trim();
    else if (hit) q.excludedBy = hit[0];
    else if (c.sizeWordRe && c.sizeUnits.has(unit)) {
      const n = c.sizeReach;
      const lineStart = text.lastIndexOf("\n", start - 1) + 1;
      const row2 = text.slice(lineStart, start).includes("|");
      const beforeText = row2 ? text.slice(lineStart, start) : text.slice(Math.max(0, start - n * 16), start).split(/;|\.\s/).pop() ?? "";
      const wordsBefore = row2 ? beforeText : beforeText.replace(/\([^()]*\)/g, " ").split(/\s+/).slice(-n).join(" ");
      const wordsAfter = (text.slice(end, end + n * 16).split(/;|\.\s/)[0] ?? "").split(/\s+/).slice(0, n + 1).join(" ");
      if (!c.sizeWordRe.test(`${wordsBefore} ${m[0]} ${wordsAfter}`)) q.excludedBy = "a size of no device";
    }
    if (hit && inner && c.excludedRe.test(inner)) q.excludedInside = true;
    if (unit === "count") {
      const nouns = m[0].match(c.nounRe);
      if (nouns) q.noun = nouns[nouns.length - 1].toLowerCase();
    }
    out.push(q);
  }
  if (SPELLED.test(text)) {
    for (const q of spelledCounts(text, c)) {
      for (let i = out.length - 1; i >= 0; i--) if (out[i].start < q.end && out[i].end > q.start) out.splice(i, 1);
      out.push(q);
    }
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}

// src/text/regex.ts
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function itemAround(text, start, end, separator) {
  let from = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(text); m && m.index + m[0].length <= start; m = separator.exec(text)) {
    from = m.index + m[0].length;
    if (m[0].length === 0) separator.lastIndex++;
  }
  separator.lastIndex = end;
  const next = separator.exec(text);
  separator.lastIndex = 0;
  return { from, to: next ? next.index : text.length };
}
function phrases(words, space2 = "\\s+") {
  return [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/\s+/g, space2)).join("|");
}
var OrderedAlternation = class {
  parts = [];
  constructor(sources, flags) {
    const bounded = [];
    const other = [];
    sources.forEach((s, i) => (s.startsWith("\\b") && !topLevelBar(s) ? bounded : other).push(i));
    if (bounded.length) this.parts.push({ re: new RegExp(`\\b(?:${bounded.map((i) => `(${sources[i].slice(2)})`).join("|")})`, `${flags}g`), alts: bounded });
    if (other.length) this.parts.push({ re: new RegExp(other.map((i) => `(${sources[i]})`).join("|"), `${flags}g`), alts: other });
  }
  /** All matches in `text`. */
  matchAll(text) {
    const out = [];
    const n = this.parts.length;
    const next = new Array(n).fill(void 0);
    const find = (k, from2) => {
      const { re, alts } = this.parts[k];
      re.lastIndex = from2;
      const m = re.exec(text);
      if (!m) return null;
      let gi = 1;
      while (gi < m.length && m[gi] === void 0) gi++;
      return { alt: alts[gi - 1] ?? alts[0], start: m.index, end: m.index + m[0].length, text: m[0] };
    };
    let from = 0;
    while (from <= text.length) {
      let best = null;
      for (let k = 0; k < n; k++) {
        let c = next[k];
        if (c === void 0 || c !== null && c.start < from) c = next[k] = find(k, from);
        if (c && (!best || c.start < best.start || c.start === best.start && c.alt < best.alt)) best = c;
      }
      if (!best) break;
      out.push(best);
      from = best.end > best.start ? best.end : best.start + 1;
    }
    return out;
  }
};
function topLevelBar(src) {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

// src/nlp/context.ts
var CATEGORIES = ["negated", "possible", "hypothetical", "historical", "family"];
function checkPattern(src, ctx) {
  try {
    new RegExp(src, "i");
  } catch (err) {
    ctx.addIssue({ code: "custom", message: `invalid regex: ${err.message}` });
    return;
  }
  const bare = src.replace(/\\./g, "x").replace(/\[[^\]]*\]/g, "x");
  if (/\((?!\?)/.test(bare)) ctx.addIssue({ code: "custom", message: "use (?:...) groups only" });
}
var __schemas5 = lazy(() => {
  const z = zod();
  const Matcher = z.object({ literal: z.string().min(1).optional(), pattern: z.string().min(1).optional() }).superRefine((m, ctx) => {
    if (m.literal === void 0 === (m.pattern === void 0)) {
      ctx.addIssue({ code: "custom", message: "give exactly one of literal or pattern" });
    }
    if (m.pattern !== void 0) checkPattern(m.pattern, ctx);
  });
  const TriggerDef = z.object({
    literal: z.string().min(1).optional(),
    pattern: z.string().min(1).optional(),
    category: z.enum(CATEGORIES),
    direction: z.enum(["forward", "backward", "bidirectional"]),
    maxScope: z.number().int().positive().optional(),
    /** End the forward scope at the next comma ("Rather than a spacer, beads were used"). */
    stopAtComma: z.boolean().optional(),
    /**
     * Backward, the scope is the clause right before the comma that precedes the trigger: a dictated
     * self-correction takes back what was just said ("vancomycin was added, scratch that, ...").
     */
    previousClause: z.boolean().optional()
  }).strict().superRefine((m, ctx) => {
    if (m.literal === void 0 === (m.pattern === void 0)) {
      ctx.addIssue({ code: "custom", message: "give exactly one of literal or pattern" });
    }
    if (m.pattern !== void 0) checkPattern(m.pattern, ctx);
  });
  const TerminatorDef = z.object({
    literal: z.string().min(1).optional(),
    pattern: z.string().min(1).optional(),
    /** Categories whose scope it ends in both directions (all when no list is given). */
    categories: z.array(z.enum(CATEGORIES)).min(1).optional(),
    /** Categories whose forward scope only it ends. */
    forward: z.array(z.enum(CATEGORIES)).min(1).optional(),
    /** Categories whose backward scope only it ends. */
    backward: z.array(z.enum(CATEGORIES)).min(1).optional()
  }).strict().superRefine((m, ctx) => {
    if (m.literal === void 0 === (m.pattern === void 0)) {
      ctx.addIssue({ code: "custom", message: "give exactly one of literal or pattern" });
    }
    if (m.pattern !== void 0) checkPattern(m.pattern, ctx);
  });
  const ContextPackSchema2 = z.object({
    version: z.literal(1),
    triggers: z.array(TriggerDef).min(1),
    pseudo: z.array(Matcher).default([]),
    terminators: z.array(TerminatorDef).default([]),
    boundaries: z.array(Matcher).default([]),
    doneToday: z.array(Matcher).default([]),
    /** What ends a clause, for a trigger's previousClause: punctuation, or punctuation dictated as a word. */
    clauseMarks: z.array(Matcher).default([]),
    /**
     * Pairs of brackets (opening and closing character): a closing one ends only the scopes that start inside its
     * pair, and a trigger inside a pair opened after another trigger does not end that trigger's scope.
     */
    brackets: z.array(z.strictObject({ open: z.string().min(1), close: z.string().min(1) }).superRefine((b, ctx) => {
      checkPattern(b.open, ctx);
      checkPattern(b.close, ctx);
    })).default([{ open: "\\(", close: "\\)" }])
  }).strict();
  return { Matcher, TriggerDef, TerminatorDef, ContextPackSchema: ContextPackSchema2 };
});
var ContextPackSchema = () => __schemas5().ContextPackSchema;
var KIND_TRIGGER = 0;
var KIND_PSEUDO = 1;
var KIND_TERM = 2;
var CAT_BIT = {
  negated: 1,
  possible: 2,
  hypothetical: 4,
  historical: 8,
  family: 16
};
var ALL_CATS = 31;
var WORD = /\w/;
function literalSource(lit) {
  const words = lit.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  let src = words.join("\\s+");
  if (WORD.test(lit.trim()[0])) src = `\\b(?<!')${src}`;
  if (WORD.test(lit.trim().slice(-1))) src = `${src}(?![\\w'])`;
  return src;
}
function normLiteral(s) {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}
function minMatchLength(src) {
  let i = 0;
  const atom = () => {
    const c = src[i];
    if (c === "\\") {
      const n = src[i + 1];
      i += 2;
      return "bB".includes(n) ? 0 : 1;
    }
    if (c === "[") {
      i++;
      while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1;
      i++;
      return 1;
    }
    if (c === "(") {
      i++;
      let look = false;
      if (src[i] === "?") {
        look = src[i + 1] === "=" || src[i + 1] === "!" || src[i + 1] === "<";
        i += src[i + 1] === "<" ? 3 : 2;
      }
      const n = alternation();
      i++;
      return look ? 0 : n;
    }
    i++;
    return c === "^" || c === "$" ? 0 : 1;
  };
  const sequence = () => {
    let total = 0;
    while (i < src.length && src[i] !== "|" && src[i] !== ")") {
      let n = atom();
      const q = src[i];
      if (q === "?" || q === "*") {
        n = 0;
        i++;
      } else if (q === "+") i++;
      else if (q === "{") {
        const close = src.indexOf("}", i);
        n *= Number.parseInt(src.slice(i + 1, close), 10) || 0;
        i = close + 1;
      }
      if (src[i] === "?") i++;
      total += n;
    }
    return total;
  };
  const alternation = () => {
    let best = sequence();
    while (src[i] === "|") {
      i++;
      best = Math.min(best, sequence());
    }
    return best;
  };
  return alternation();
}
function alt(list3) {
  return list3.length ? new RegExp(list3.map((s) => `(?:${s})`).join("|"), "g") : null;
}
function compile2(pack) {
  const entries = [];
  const literals = /* @__PURE__ */ new Map();
  const add = (m, e) => {
    const isLit = m.literal !== void 0;
    const src = isLit ? literalSource(m.literal) : m.pattern;
    const entry = {
      ...e,
      weight: isLit ? m.literal.trim().length : minMatchLength(src)
    };
    if (isLit) {
      const key2 = normLiteral(m.literal);
      const prev = literals.get(key2);
      if (prev && prev.kind >= entry.kind) return;
      literals.set(key2, entry);
    }
    entries.push({ src, entry });
  };
  for (const t of pack.triggers) {
    add(t, {
      kind: KIND_TRIGGER,
      category: t.category,
      catBit: CAT_BIT[t.category],
      direction: t.direction,
      maxScope: t.maxScope ?? 0,
      stopAtComma: t.stopAtComma ?? false,
      previousClause: t.previousClause ?? false,
      termMask: 0,
      termMaskBack: 0
    });
  }
  for (const p of pack.pseudo) {
    add(p, { kind: KIND_PSEUDO, category: "negated", catBit: 0, direction: "forward", maxScope: 0, stopAtComma: false, previousClause: false, termMask: 0, termMaskBack: 0 });
  }
  for (const t of pack.terminators) {
    const bits = (l) => (l ?? []).reduce((a, c) => a | CAT_BIT[c], 0);
    const both = t.categories || t.forward || t.backward ? bits(t.categories) : ALL_CATS;
    add(t, {
      kind: KIND_TERM,
      category: "negated",
      catBit: 0,
      direction: "forward",
      maxScope: 0,
      stopAtComma: false,
      previousClause: false,
      termMask: both | bits(t.forward),
      termMaskBack: both | bits(t.backward)
    });
  }
  entries.sort((a, b) => b.entry.weight - a.entry.weight || b.entry.kind - a.entry.kind);
  const main2 = new OrderedAlternation(
    entries.map((e) => e.src),
    "i"
  );
  const groups = entries.map((e) => e.entry);
  const boundary = alt(pack.boundaries.map((b) => b.literal !== void 0 ? literalSource(b.literal) : b.pattern));
  const done = pack.doneToday.map((b) => b.literal !== void 0 ? literalSource(b.literal) : b.pattern);
  const doneToday = done.length ? new RegExp(done.map((s) => `(?:${s})`).join("|"), "i") : null;
  const marks = pack.clauseMarks.map((b) => `(?:${b.literal !== void 0 ? literalSource(b.literal) : b.pattern})`).join("|") || "(?!)";
  const any = (srcs) => new RegExp(srcs.map((x) => `(?:${x})`).join("|"), "g");
  const closer = any(pack.brackets.map((b) => b.close));
  const brackets = { opener: any(pack.brackets.map((b) => b.open)), closer, closerAt: new RegExp(`^(?:${closer.source})$`) };
  return { ...brackets, main: main2, boundary, doneToday, groups, clauseMark: new RegExp(marks, "gi"), clauseMarkAtEnd: new RegExp(`(?:${marks})\\s*$`, "i") };
}
var Engine = class {
  constructor(c) {
    this.c = c;
  }
  c;
  /**
   * The last few sentences analysed, most recent last: callers ask about the mentions of a note sentence by
   * sentence but not strictly in order (a device in one sentence, its drug in the next, back to the first),
   * and a one-entry cache re-scanned a long sentence on every such return.
   */
  analysed = /* @__PURE__ */ new Map();
  lastAnalysis = null;
  // the answer for the last sentence asked: every mention of a long plan-section sentence asks again
  doneSentence = null;
  doneValue = false;
};
function engineFor(dirs) {
  return patternStore(dirs).compiled("context", (store) => {
    try {
      return new Engine(compile2(store.data("context.yaml")));
    } catch (err) {
      throw new PackError(store.fileOf("context.yaml"), "", `cannot compile lexicon: ${err.message}`);
    }
  });
}
var ANALYSED_MAX = 8;
var INDEX_FROM = 32;
var isWordCode = (code) => code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
function forwardTokens(s, from, n, limit) {
  let count = 0;
  let i = from;
  while (i < limit) {
    while (i < limit && !isWordCode(s.charCodeAt(i))) i++;
    if (i >= limit) break;
    while (i < limit && isWordCode(s.charCodeAt(i))) i++;
    if (++count >= n) return i;
  }
  return limit;
}
function backwardTokens(s, from, n, limit) {
  let count = 0;
  let i = from;
  while (i > limit) {
    while (i > limit && !isWordCode(s.charCodeAt(i - 1))) i--;
    if (i <= limit) break;
    while (i > limit && isWordCode(s.charCodeAt(i - 1))) i--;
    if (++count >= n) return i;
  }
  return limit;
}
function analyse(eng, sentence2) {
  if (eng.lastAnalysis && eng.lastAnalysis.sentence === sentence2) return eng.lastAnalysis;
  const known = eng.analysed.get(sentence2);
  if (known) {
    eng.analysed.delete(sentence2);
    eng.analysed.set(sentence2, known);
    eng.lastAnalysis = known;
    return known;
  }
  const c = eng.c;
  const hits = [];
  let triggers = 0;
  for (const m of c.main.matchAll(sentence2)) {
    if (m.end === m.start) continue;
    const e = c.groups[m.alt];
    if (!e || e.kind === KIND_PSEUDO) continue;
    if (e.kind === KIND_TRIGGER) triggers++;
    hits.push({ entry: e, start: m.start, end: m.end, scopeStart: 0, scopeEnd: 0, text: m.text });
  }
  if (triggers > 0 && c.boundary) {
    const b = c.boundary;
    b.lastIndex = 0;
    for (let m = b.exec(sentence2); m; m = b.exec(sentence2)) {
      if (m[0].length === 0) {
        b.lastIndex++;
        continue;
      }
      hits.push({ entry: null, start: m.index, end: m.index + m[0].length, scopeStart: 0, scopeEnd: 0, text: m[0] });
    }
    hits.sort((a2, z) => a2.start - z.start);
  }
  const n = hits.length;
  let openAt = null;
  let closeAt = null;
  let regionEnd = null;
  if (triggers > 0) {
    openAt = new Int32Array(n);
    closeAt = new Int32Array(n);
    regionEnd = new Int32Array(n + 1);
    let nextOpen = indexFrom(c.opener, sentence2, 0);
    let nextClose = indexFrom(c.closer, sentence2, 0);
    let lastOpen = -1;
    let lastClose = -1;
    for (let j = 0; j < n; j++) {
      const at = hits[j].start;
      while (nextOpen !== -1 && nextOpen <= at) {
        lastOpen = nextOpen;
        nextOpen = indexFrom(c.opener, sentence2, nextOpen + 1);
      }
      while (nextClose !== -1 && nextClose <= at) {
        lastClose = nextClose;
        nextClose = indexFrom(c.closer, sentence2, nextClose + 1);
      }
      openAt[j] = lastOpen;
      closeAt[j] = lastClose;
    }
    regionEnd[n] = n;
    for (let j = n - 1; j >= 0; j--) regionEnd[j] = !hits[j].entry || closeAt[j] > openAt[j] ? j : regionEnd[j + 1];
  }
  for (let i = 0; i < n; i++) {
    const h = hits[i];
    const e = h.entry;
    if (!e || e.kind !== KIND_TRIGGER) continue;
    const bit = e.catBit;
    let fwdEnd = h.end;
    let bwdStart = h.start;
    if (e.direction !== "backward") {
      fwdEnd = sentence2.length;
      for (let j = i + 1; j < n; j++) {
        const o = hits[j];
        if (o.start < h.end) continue;
        const oe = o.entry;
        if (!oe && c.closerAt.test(o.text) && openAt[j] >= h.start) continue;
        if (oe && insideParenAfter(openAt[j], closeAt[j], h.end)) {
          j = regionEnd[j + 1] - 1;
          continue;
        }
        if (!oe || oe.kind === KIND_TERM && oe.termMask & bit || oe.kind === KIND_TRIGGER && oe.catBit === bit) {
          fwdEnd = o.start;
          break;
        }
      }
      if (e.stopAtComma) {
        const comma = nextComma(sentence2, h.end);
        if (comma >= 0 && comma < fwdEnd) fwdEnd = comma;
      }
      if (e.maxScope) fwdEnd = forwardTokens(sentence2, h.end, e.maxScope, fwdEnd);
    }
    if (e.direction !== "forward") {
      bwdStart = 0;
      for (let j = i - 1; j >= 0; j--) {
        const o = hits[j];
        if (o.end > h.start) continue;
        const oe = o.entry;
        if (!oe || oe.kind === KIND_TERM && oe.termMaskBack & bit || oe.kind === KIND_TRIGGER && oe.catBit === bit) {
          bwdStart = o.end;
          break;
        }
      }
      if (e.maxScope) bwdStart = backwardTokens(sentence2, h.start, e.maxScope, bwdStart);
      if (e.previousClause) {
        const before = sentence2.slice(0, h.start).replace(c.clauseMarkAtEnd, "");
        let cut = 0;
        c.clauseMark.lastIndex = 0;
        for (let m = c.clauseMark.exec(before); m; m = c.clauseMark.exec(before)) cut = m.index + Math.max(1, m[0].length);
        bwdStart = e.maxScope ? backwardTokens(sentence2, h.start, e.maxScope, cut) : cut;
      }
      if (e.stopAtComma) {
        const comma = sentence2.lastIndexOf(",", h.start - 1);
        if (comma >= bwdStart && /[A-Za-z]/.test(sentence2.slice(comma + 1, h.start))) bwdStart = comma + 1;
      }
      if (openAt[i] > closeAt[i] && openAt[i] < h.start && openAt[i] + 1 > bwdStart) bwdStart = openAt[i] + 1;
    }
    h.scopeStart = bwdStart;
    h.scopeEnd = fwdEnd;
  }
  const a = { sentence: sentence2, hits, triggers, index: null };
  if (eng.analysed.size >= ANALYSED_MAX) eng.analysed.delete(eng.analysed.keys().next().value);
  eng.analysed.set(sentence2, a);
  eng.lastAnalysis = a;
  return a;
}
function indexFrom(re, s, from) {
  re.lastIndex = from;
  const m = re.exec(s);
  return m ? m.index : -1;
}
function insideParenAfter(open2, close, from) {
  return open2 >= from && close < open2;
}
var commaIn = null;
var commaFrom = 0;
var commaAt = -1;
function nextComma(s, from) {
  if (s !== commaIn || from < commaFrom || commaAt !== -1 && from > commaAt) {
    commaIn = s;
    commaFrom = from;
    commaAt = s.indexOf(",", from);
  }
  return commaAt;
}
var NONE_MIN = 2147483647;
function buildIndex(hits) {
  const list3 = [];
  for (let i = 0; i < hits.length; i++) {
    const e = hits[i].entry;
    if (e && e.kind === KIND_TRIGGER) list3.push(i);
  }
  let size = 1;
  while (size < list3.length) size *= 2;
  const at = Int32Array.from(list3);
  const starts = new Int32Array(list3.length);
  const ends = new Int32Array(list3.length);
  const fwd = new Int32Array(2 * size).fill(-1);
  const bwd = new Int32Array(2 * size).fill(NONE_MIN);
  list3.forEach((hi, k) => {
    const h = hits[hi];
    starts[k] = h.start;
    ends[k] = h.end;
    if (h.entry.direction !== "backward") fwd[size + k] = h.scopeEnd;
    if (h.entry.direction !== "forward") bwd[size + k] = h.scopeStart;
  });
  for (let v = size - 1; v >= 1; v--) {
    fwd[v] = Math.max(fwd[2 * v], fwd[2 * v + 1]);
    bwd[v] = Math.min(bwd[2 * v], bwd[2 * v + 1]);
  }
  return { at, starts, ends, size, fwd, bwd };
}
function collect(tree, ok, v, vl, vr, lo, hi, out) {
  if (hi < vl || vr < lo || !ok(tree[v])) return;
  if (vl === vr) {
    out.push(vl);
    return;
  }
  const mid = vl + vr >> 1;
  collect(tree, ok, 2 * v, vl, mid, lo, hi, out);
  collect(tree, ok, 2 * v + 1, mid + 1, vr, lo, hi, out);
}
function coveringTriggers(ix, start, end) {
  const n = ix.at.length;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (ix.ends[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  const p = lo;
  hi = n;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (ix.starts[mid] < end) lo = mid + 1;
    else hi = mid;
  }
  const q = lo;
  const ks = [];
  if (p > 0) collect(ix.fwd, (x) => x > start, 1, 0, ix.size - 1, 0, p - 1, ks);
  for (let k = p; k < q; k++) ks.push(k);
  if (q < n) collect(ix.bwd, (x) => x < end, 1, 0, ix.size - 1, q, n - 1, ks);
  return ks.map((k) => ix.at[k]);
}
function covers(h, start, end) {
  const e = h.entry;
  if (start >= h.start && end <= h.end) return true;
  if (e.direction !== "backward" && start >= h.end && start < h.scopeEnd) return true;
  if (e.direction !== "forward" && end <= h.start && end > h.scopeStart) return true;
  return false;
}
function toTriggerHit(h) {
  const e = h.entry;
  return {
    category: e.category,
    literal: normLiteral(h.text),
    direction: e.direction,
    start: h.start,
    end: h.end,
    scopeStart: h.scopeStart,
    scopeEnd: h.scopeEnd
  };
}
function assertSpan(sentence2, start, end, opts) {
  return assess(engineFor(opts?.patternDirs ?? []), sentence2, start, end, opts?.section ?? null);
}
function assess(eng, sentence2, start, end, section) {
  const a = analyse(eng, sentence2);
  const hits = a.hits;
  const d = {
    negated: false,
    possible: false,
    hypothetical: false,
    historical: false,
    family: false,
    triggers: []
  };
  if (a.triggers > 0) {
    let visit = null;
    if (a.triggers > INDEX_FROM && start < end) {
      a.index ??= buildIndex(hits);
      visit = coveringTriggers(a.index, start, end);
    }
    const count = visit ? visit.length : hits.length;
    for (let vi = 0; vi < count; vi++) {
      const i = visit ? visit[vi] : vi;
      const h = hits[i];
      const e = h.entry;
      if (!e || e.kind !== KIND_TRIGGER) continue;
      if (h.start < end && h.end > start && !(start >= h.start && end <= h.end)) continue;
      if (!covers(h, start, end)) continue;
      d[e.category] = true;
      d.triggers.push(toTriggerHit(h));
    }
  }
  if (section === "negated" && !d.negated) {
    d.negated = true;
    d.triggers.push(sectionHit("negated", sentence2));
  } else if (section === "historical" && !d.historical) {
    d.historical = true;
    d.triggers.push(sectionHit("historical", sentence2));
  } else if ((section === "hypothetical" && !reportsDoneToday(eng, sentence2) || section === "unasserted") && !d.hypothetical) {
    d.hypothetical = true;
    d.triggers.push(sectionHit("hypothetical", sentence2));
  }
  return d;
}
function sectionHit(category, sentence2) {
  return { category, literal: `${category} section`, direction: "section", start: 0, end: 0, scopeStart: 0, scopeEnd: sentence2.length };
}
function reportsDoneToday(eng, sentence2) {
  if (sentence2 !== eng.doneSentence) {
    eng.doneValue = computeDoneToday(eng, sentence2);
    eng.doneSentence = sentence2;
  }
  return eng.doneValue;
}
function computeDoneToday(eng, sentence2) {
  const re = eng.c.doneToday;
  if (!re || !re.test(sentence2)) return false;
  const { hits } = analyse(eng, sentence2);
  for (const h of hits) if (h.entry && h.entry.kind === KIND_TRIGGER && h.entry.category === "hypothetical") return false;
  return true;
}
function describeAssertion(d) {
  if (!d.triggers.length) return "affirmed (no context trigger)";
  const byCat = /* @__PURE__ */ new Map();
  for (const t of d.triggers) {
    const list3 = byCat.get(t.category) ?? [];
    list3.push(t.direction === "section" ? `the ${t.category} section` : `'${t.literal}' (${t.direction})`);
    byCat.set(t.category, list3);
  }
  return [...byCat].map(([cat, list3]) => `${cat} by ${list3.join(", ")}`).join("; ");
}

// src/text/sections.ts
var SECTION_CATEGORIES = [
  "procedure",
  "narrative",
  "findings",
  "implants",
  "diagnosis",
  "history",
  "indications",
  "plan",
  "notdone",
  "other",
  "none"
];
var __schemas6 = lazy(() => {
  const z = zod();
  const SectionsSchema2 = z.strictObject({
    sections: z.array(
      z.strictObject({
        category: z.enum(SECTION_CATEGORIES),
        titles: z.array(z.string().min(1)).min(1)
      })
    ),
    /** Capitalised words before a colon that are not headers ("CPT: 27640", "IV: cefazolin"). */
    notTitles: z.array(z.string().min(1)).default([]),
    /**
     * Titles that open a section at the start of a line whatever remark follows them on that line (a time, an
     * author, a reason: "ADDENDUM - CORRECTION (entered 14:55) -- Dr. X:"); each must be a title above.
     */
    lineOpeners: z.array(z.string().min(1)).default([]),
    /**
     * Words a title inside a line never follows: after them the word is a noun of the sentence, not a title run in
     * from a lost newline ("... imported from that operation:", "the procedure: ...").
     */
    titleNotAfter: z.array(z.string().min(1)).default([]),
    /** Who wrote it, named before an opener on its line ("ATTENDING AMENDMENT (Dr. X)", "Surgeon's addendum"). */
    lineOpenerAuthors: z.array(z.string().min(1)).default([]),
    /** How many short lines (of at most `maxLength` characters) an opener's remark may go on over to its colon. */
    lineOpenerRemark: z.strictObject({ lines: z.number().int().min(0), maxLength: z.number().int().positive() }).default({ lines: 2, maxLength: 40 }),
    /**
     * A known title may go on with a phrase opened by one of these words, up to `maxLength` characters, before its
     * colon ("Procedures performed by Dr. X with my assistance:", "Findings at surgery:").
     */
    titleQualifiers: z.strictObject({ words: z.array(z.string().min(1)), maxLength: z.number().int().positive() }).default({ words: [], maxLength: 1 }),
    /**
     * Sections written as one paragraph (an indications, history or plan paragraph, a diagnosis written out): a blank
     * line after one ends it, and the untitled paragraphs after it are not part of it (see `narrativeStarts`).
     */
    paragraphCategories: z.array(z.enum(SECTION_CATEGORIES)).default(["indications", "history", "plan"]),
    /** ... of which these, in a note without a single blank line, end at their line end when the next line opens a sentence. */
    lineCategories: z.array(z.enum(SECTION_CATEGORIES)).default(["indications", "history"]),
    /**
     * ... of which these go on over the untitled paragraphs after their blank line that do not open the operation, up
     * to the titled section after them (an options discussion after the indications); the others (a diagnosis, a
     * plan) end at the blank line.
     */
    continuingCategories: z.array(z.enum(SECTION_CATEGORIES)).default(["indications", "history"]),
    /** A line at least this long that does not end a sentence is prose going on: a "Word:" after it is no title. */
    proseLineLength: z.number().int().positive().default(40),
    proseSections: z.array(z.string()).default([]),
    listEndedCategories: z.array(z.string()).default([]),
    /**
     * Words that open the story of the operation ("The patient was brought to the operating room", "prepped and
     * draped"). An indications or history paragraph that a blank line ends goes on over the untitled paragraphs
     * after it (an options discussion, a consent conversation) when none of them opens the operation and a titled
     * section follows them; otherwise it ends at the paragraph that opens the operation, or at the blank line.
     */
    narrativeStarts: z.array(z.string().min(1)).default([]),
    /** Words that mark an answer after a question in a form ("Q: Diagnosis A: ..."): the question is the title. */
    answerMarks: z.array(z.string().min(1)).default([]),
    /** ... when a question mark of the form stands before it ("Q:"). */
    questionMarks: z.array(z.string().min(1)).default([]),
    /** A capitalised "title" with one of these words is a sentence written in capitals ("THE BEAD STRANDS WERE RETRIEVED:"). */
    sentenceVerbs: z.array(z.string().min(1)).default([]),
    /**
     * Headings run into their text in a note without any colon heading ("Indications she had stage one ..."):
     * a title of at most `maxWords` words opening a line counts when at least `minLines` lines open so.
     */
    runInHeadings: z.strictObject({ minLines: z.number().int().min(1), maxWords: z.number().int().positive() }).default({ minLines: 3, maxWords: 5 })
  });
  return { SectionsSchema: SectionsSchema2 };
});
var SectionsSchema = () => __schemas6().SectionsSchema;
var key = (t) => t.toLowerCase().replace(/[^a-z0-9()/&]+/g, " ").trim();
var esc3 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function compile3(patternDirs) {
  return patternStore(patternDirs).compiled("sections", () => compileSections(patternDirs));
}
function compileSections(patternDirs) {
  const pack = loadPack("sections.yaml", SectionsSchema, [...patternDirs]);
  const byTitle = /* @__PURE__ */ new Map();
  const titles = [];
  for (const s of pack.sections) {
    for (const t of s.titles) {
      byTitle.set(key(t), s.category);
      titles.push(t);
    }
  }
  titles.sort((a, b) => b.length - a.length);
  const qw = pack.titleQualifiers.words.map((t) => esc3(t).replace(/ /g, "\\s+")).join("|");
  const qualifier = qw ? `|[ ]+(?:${qw})[ ]+[^\\n:]{1,${pack.titleQualifiers.maxLength}}` : "";
  const known = new RegExp(`^(?:${titles.map((t) => esc3(t).replace(/ /g, "\\s+")).join("|")})(?:[ ]+[A-Za-z/-]+){0,3}(?:[ ]+#?\\d{1,2})?(?:[ ]*\\([^()\\n]{1,60}\\)|[ ]+[-\u2013\u2014][ ]+[^\\n:]{1,40}|,[ ]*[^\\n:]{1,40}${qualifier}){0,2}$`, "i");
  const openers = pack.lineOpeners.filter((t) => byTitle.has(key(t))).sort((a, b) => b.length - a.length);
  const authorWords = [...pack.lineOpenerAuthors].sort((a, b) => b.length - a.length).map((t) => esc3(t).replace(/ /g, "\\s+"));
  const authors = authorWords.length ? `(?:(?:${authorWords.join("|")})[ ]+)?` : "";
  const opener = openers.length ? new RegExp(`(?:^|\\n)[ ]*(${authors}(?:${openers.map((t) => esc3(t).replace(/ /g, "\\s+")).join("|")})(?=[ ]*(?:$|\\n|[-\u2013\u2014(,:]))[^\\n]*)`, "gi") : null;
  const notAfter = pack.titleNotAfter.length ? new RegExp(`(?:^|[^A-Za-z])(?:${pack.titleNotAfter.map((t) => esc3(t).replace(/ /g, "\\s+")).join("|")})[ ]+(?:[a-z][\\w-]*[ ]+)?$`, "i") : null;
  const ns = pack.narrativeStarts.map((t) => esc3(t).replace(/ /g, "\\s+")).join("|");
  const narrativeStart = ns ? new RegExp(`\\b(?:${ns})\\b`, "i") : null;
  const sv = pack.sentenceVerbs.map((t) => esc3(t).replace(/ /g, "\\s+")).join("|");
  const sentenceVerb = sv ? new RegExp(`\\b(?:${sv})\\b`, "i") : null;
  const am = pack.answerMarks.map((t) => esc3(t)).join("|");
  const answerMark = am ? new RegExp(`[ ]+(?:${am})[ ]*$`, "i") : null;
  const qm = pack.questionMarks.map((t) => esc3(t)).join("|");
  const questionMark = qm ? new RegExp(`(?:^|[^A-Za-z])(?:${qm})[ ]*:\\s*$`, "i") : null;
  return { questionMark, answerMark, sentenceVerb, narrativeStart, byTitle, known, opener, notAfter, openerRemark: pack.lineOpenerRemark, runIn: pack.runInHeadings, memo: /* @__PURE__ */ new Map(), notTitles: new Set(pack.notTitles.map((t) => t.toLowerCase())), proseLine: pack.proseLineLength, proseSections: new Set(pack.proseSections), listEnded: new Set(pack.listEndedCategories), paragraphs: new Set(pack.paragraphCategories), lines: new Set(pack.lineCategories), continuing: new Set(pack.continuingCategories) };
}
var TITLE_CHAR = /[A-Za-z0-9/&()'\- ]/;
function categoryFor(c, title) {
  let hit = c.memo.get(title);
  if (!hit) {
    hit = categoryOfWords(c, title);
    c.memo.set(title, hit);
  }
  return hit;
}
function categoryOfWords(c, title) {
  const bare = title.replace(/\([^()]*\)/g, " ");
  if (bare !== title && c.byTitle.has(key(bare))) return c.byTitle.get(key(bare));
  const words = key(title).split(" ");
  for (let n = words.length; n > 0; n--) {
    const hit = c.byTitle.get(words.slice(0, n).join(" "));
    if (hit) return hit;
  }
  const parts = key(title).split(/\s*[/&]\s*/).filter(Boolean);
  if (parts.length > 1) {
    const cats = parts.map((p) => p === title ? void 0 : categoryOfWords(c, p));
    return cats.find((k) => k !== void 0 && k !== "other") ?? "other";
  }
  return "other";
}
function afterProse(text, lineStart, proseLine) {
  if (lineStart < 2) return false;
  const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  const prev = text.slice(prevStart, lineStart - 1).trim();
  return prev.length >= proseLine && !/[.:;!?)]$/.test(prev) && !/\S {3,}\S/.test(prev);
}
var TABLE_SEPARATOR = /^[ ]*\|(?:[ ]*:?-{3,}:?[ ]*\|)+[ ]*$/;
var BARE_LINE = /(?:^|\n)[ ]*([A-Za-z][A-Za-z /&()-]{2,60}?)[ ]*(?=\r?\n)/g;
var RUN_IN_LINE = /(?:^|\n)[ \t]*([A-Za-z][A-Za-z/&-]*(?:[ \t]+[A-Za-z0-9][\w/&-]*){1,12})/g;
var LABEL = /^[A-Z][A-Za-z/&.-]*(?:[ ][A-Za-z/&.-]+){0,2}$/;
var LOWER_LABEL = /^[a-z][A-Za-z/&.-]*(?:[ ][A-Za-z/&.-]+){0,2}$/;
var LIST_NUMBER = /^[ \t]*\(?(?:\d{1,3}|[a-z])[.)][ \t]*$/i;
function categoryOf(title, patternDirs = []) {
  return compile3(patternDirs).byTitle.get(key(title));
}
function findSections(text, patternDirs = [], lines = text, continues) {
  const c = compile3(patternDirs);
  const heads = [];
  let lineStart = 0;
  let nextNl = text.indexOf("\n");
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    const next = text[colon + 1];
    if (next !== void 0 && next >= "0" && next <= "9") continue;
    while (nextNl >= 0 && nextNl < colon) {
      lineStart = nextNl + 1;
      nextNl = text.indexOf("\n", nextNl + 1);
    }
    const bodyStart = colon + 1;
    const near = colon - lineStart <= 80;
    const raw = near ? text.slice(lineStart, colon) : "";
    const title = raw.trim();
    const start = lineStart + (raw.length - raw.trimStart().length);
    if (title && near) {
      const known = c.known.test(title) ? categoryFor(c, title) : void 0;
      const indented = /^[ \t]/.test(raw);
      if (known) {
        const prev = heads[heads.length - 1];
        if (indented && prev && prev.category === "implants" && !/\n[ \t]*\n/.test(text.slice(prev.start, lineStart))) continue;
        heads.push({ start, bodyStart, title, category: known });
        continue;
      }
      const open2 = heads[heads.length - 1];
      const inParagraph = open2 !== void 0 && (c.paragraphs.has(open2.category) || c.proseSections.has(open2.category)) && !/\n[ \t]*\n/.test(text.slice(open2.start, lineStart));
      const label = (LABEL.test(title) || LOWER_LABEL.test(title)) && !(c.sentenceVerb?.test(title) ?? false);
      if (label && !indented && (next === void 0 || next === " " || next === "," || next === "\n") && !c.notTitles.has(title.toLowerCase()) && !(inParagraph && afterProse(text, lineStart, c.proseLine))) {
        const prev = heads[heads.length - 1];
        if (prev && prev.category === "implants" && !/\n[ \t]*\n/.test(text.slice(prev.start, lineStart))) continue;
        heads.push({ start, bodyStart, title, category: categoryFor(c, title) });
        continue;
      }
    }
    let k = colon;
    while (k > lineStart && k > colon - 62 && TITLE_CHAR.test(text[k - 1])) k--;
    const mark = c.answerMark && c.questionMark?.test(text.slice(Math.max(0, k - 12), k)) ? c.answerMark.exec(text.slice(k, colon)) : null;
    const end = mark ? colon - mark[0].length : colon;
    let inline = text.slice(k, end);
    for (; ; ) {
      const t = inline.trim();
      if (!t) break;
      if (c.known.test(t) || t.includes("/") && t.split("/").every((p) => p.trim() !== "" && c.known.test(p.trim()))) {
        const exact = c.byTitle.has(key(t));
        const at = end - inline.length + (inline.length - inline.trimStart().length);
        const before = text.slice(Math.max(lineStart, at - 2), at);
        const punct = at === lineStart || /[.,;:!?][ ]*$/.test(before) || / {2}$/.test(before);
        const lead = text.slice(lineStart, at);
        const noun = c.notAfter !== null && c.notAfter.test(lead.slice(-20)) && lead.trim().split(/\s+/).length > 3;
        const plain2 = / $/.test(before) && /^(?:[ \t\r\n]|$)/.test(text.slice(colon + 1, colon + 2)) && categoryFor(c, t) !== "other" && !noun;
        const stepLabel = !exact && LIST_NUMBER.test(text.slice(lineStart, at));
        if (exact && (punct || plain2) || !exact && punct && !stepLabel && categoryFor(c, t) !== "other") {
          heads.push({ start: at, bodyStart, title: t, category: categoryFor(c, t) });
          break;
        }
        if (exact) break;
      }
      const sp = inline.search(/\S\s/);
      if (sp < 0) break;
      inline = inline.slice(sp + 1);
    }
  }
  const colonHeads = heads.length;
  for (let at = text.indexOf("|"); at >= 0; at = text.indexOf("|", at + 1)) {
    const lineStart2 = text.lastIndexOf("\n", at) + 1;
    if (text.slice(lineStart2, at).trim()) {
      at = text.indexOf("\n", at);
      if (at < 0) break;
      continue;
    }
    const lineEnd2 = text.indexOf("\n", at);
    const nextEnd = lineEnd2 < 0 ? -1 : text.indexOf("\n", lineEnd2 + 1);
    const next = lineEnd2 < 0 ? "" : text.slice(lineEnd2 + 1, nextEnd < 0 ? text.length : nextEnd);
    const underHeading = () => {
      const before = text.slice(Math.max(0, lineStart2 - 200), lineStart2).replace(/\s+$/, "");
      const prevStart = Math.max(0, lineStart2 - 200) + before.lastIndexOf("\n") + 1;
      if (before.endsWith(":")) return heads.some((h) => h.start === prevStart);
      const prevLine = before.slice(before.lastIndexOf("\n") + 1).trim();
      return prevLine.length > 0 && prevLine.length <= 60 && /^[A-Za-z][A-Za-z /&()-]*$/.test(prevLine) && c.known.test(prevLine);
    };
    if (TABLE_SEPARATOR.test(next) && !underHeading()) {
      const cells2 = text.slice(at, lineEnd2).split("|").map((x) => x.trim()).filter(Boolean);
      const cat = cells2.map((x) => c.byTitle.get(key(x))).find((k) => k === "procedure" || k === "implants");
      if (cat && !heads.some((h) => h.start === lineStart2)) heads.push({ start: lineStart2, bodyStart: lineStart2, title: cells2.join(" | "), category: cat });
    }
    if (lineEnd2 < 0) break;
    at = lineEnd2;
  }
  const starts = new Set(heads.map((h) => h.start));
  BARE_LINE.lastIndex = 0;
  for (let m = BARE_LINE.exec(text); m; m = BARE_LINE.exec(text)) {
    const title = m[1].trim();
    if (!c.known.test(title)) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const lineStart2 = text.lastIndexOf("\n", start - 1) + 1;
    const indent = start - lineStart2;
    if (indent > 0 && lineStart2 > 0) {
      const prevStart = text.lastIndexOf("\n", lineStart2 - 2) + 1;
      const prev = text.slice(prevStart, lineStart2 - 1);
      if (prev.trim() !== "" && prev.length - prev.trimStart().length === indent) continue;
    }
    if (!starts.has(start)) {
      starts.add(start);
      heads.push({ start, bodyStart: start + m[1].length, title, category: categoryFor(c, title) });
    }
  }
  if (c.opener) {
    c.opener.lastIndex = 0;
    for (let m = c.opener.exec(text); m; m = c.opener.exec(text)) {
      const line = m[1];
      const start = m.index + m[0].length - line.length;
      if (starts.has(start)) continue;
      const word = /^[A-Za-z]+(?:\s+[A-Za-z]+)*?(?=[ ]*(?:$|[-\u2013\u2014(,:]))/.exec(line)?.[0] ?? line;
      let bodyStart = -1;
      for (let i = line.indexOf(":"); i >= 0; i = line.indexOf(":", i + 1)) {
        if (!/\d/.test(line[i + 1] ?? "")) {
          bodyStart = start + i + 1;
          break;
        }
      }
      if (bodyStart < 0) {
        bodyStart = start + line.length;
        let at = bodyStart;
        for (let k = 0; k < c.openerRemark.lines && text[at] === "\n"; k++) {
          const nl3 = text.indexOf("\n", at + 1);
          const next = text.slice(at + 1, nl3 < 0 ? text.length : nl3).trim();
          if (!next || next.length > c.openerRemark.maxLength) break;
          at = nl3 < 0 ? text.length : nl3;
          if (next.endsWith(":")) {
            bodyStart = at;
            break;
          }
        }
      }
      starts.add(start);
      heads.push({ start, bodyStart, title: word, category: categoryFor(c, word) });
    }
  }
  const laid = lines.length === text.length ? lines : text;
  if (colonHeads === 0 && laid.includes("\n")) {
    const runIn = [];
    RUN_IN_LINE.lastIndex = 0;
    for (let m = RUN_IN_LINE.exec(laid); m; m = RUN_IN_LINE.exec(laid)) {
      const words = m[1].split(/[ \t]+/);
      const start = m.index + m[0].indexOf(m[1]);
      if (continues && start > 0 && text[start - 1] !== "\n") {
        const prevEnd = laid.lastIndexOf("\n", start - 1);
        const prevLine = laid.slice(laid.lastIndexOf("\n", prevEnd - 1) + 1, prevEnd).trimEnd();
        if (continues.test(prevLine)) continue;
      }
      for (let k = Math.min(words.length - 1, c.runIn.maxWords); k >= 1; k--) {
        const title = words.slice(0, k).join(" ");
        const category = c.byTitle.get(key(title));
        if (!category) continue;
        if (!starts.has(start)) runIn.push({ start, bodyStart: start + m[1].indexOf(words[k], title.length), title, category });
        break;
      }
    }
    if (runIn.length >= c.runIn.minLines) for (const h of runIn) heads.push(h);
  }
  heads.sort((a, b) => a.start - b.start);
  const terse = !/\n[ \t]*\n/.test(text);
  const dedup = heads.filter((h, i) => i === 0 || h.start >= heads[i - 1].bodyStart);
  const sections = [];
  if (dedup.length === 0 || dedup[0].start > 0) {
    sections.push({ start: 0, bodyStart: 0, end: dedup[0]?.start ?? text.length, title: "", category: "none" });
  }
  dedup.forEach((h, i) => {
    let bodyStart = h.bodyStart;
    while (text[bodyStart] === "," || text[bodyStart] === " ") bodyStart++;
    const end = dedup[i + 1]?.start ?? text.length;
    if (c.paragraphs.has(h.category)) {
      const lineStart2 = text.lastIndexOf("\n", h.start - 1) + 1;
      const marker = /^([ \t]*)(?:[-*+\u2022]|\d{1,2}[.)])[ \t]+$/.exec(text.slice(lineStart2, h.start));
      if (marker) {
        const next = new RegExp(`\\n${marker[1]}(?:[-*+\\u2022]|\\d{1,2}[.)])[ \\t]`).exec(text.slice(bodyStart, end));
        const outer = sections[sections.length - 1];
        if (next && outer) {
          const cut2 = bodyStart + next.index + 1;
          sections.push({ ...h, bodyStart, end: cut2 });
          sections.push({ start: cut2, bodyStart: cut2, end, title: outer.title, category: outer.category });
          return;
        }
      }
      const gap = /\n[ ]*\n(?=[ ]*\S)/.exec(text.slice(bodyStart, end));
      const line = gap || !terse ? null : c.lines.has(h.category) ? /^[^\n]*\S[^\n]*\n(?=[ \t]*\S)/.exec(text.slice(bodyStart, end)) : c.listEnded.has(h.category) ? /^[^\n]*\S[^\n]*\n(?=[ \t]*(?:\d{1,2}[.)]|[-*\u2022])[ \t]+\S)/.exec(text.slice(bodyStart, end)) : null;
      let cut = gap ? bodyStart + gap.index + gap[0].length : line ? bodyStart + line[0].length : -1;
      if (gap && c.continuing.has(h.category) && c.narrativeStart && dedup[i + 1]) {
        const rest = text.slice(cut, end);
        const at = c.narrativeStart.exec(rest);
        if (!at) cut = -1;
        else {
          const gaps = /\n[ ]*\n/g;
          let last = 0;
          for (let m = gaps.exec(rest); m && m.index < at.index; m = gaps.exec(rest)) last = m.index + m[0].length;
          cut += last;
        }
      }
      if (cut >= 0 && cut < end) {
        sections.push({ ...h, bodyStart, end: cut });
        sections.push({ start: cut, bodyStart: cut, end, title: "", category: "none" });
        return;
      }
    }
    sections.push({ ...h, bodyStart, end });
  });
  return sections;
}

// src/claim/aoc.ts
import { readFileSync as readFileSync2 } from "node:fs";

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts2) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts2) {
      for (const key2 in context) {
        const value = context[key2];
        this[key2] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.slice(0, this.length).toString(encoding);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var np = 12;
var cr = 13;
var nl = 10;
var space = 32;
var tab = 9;
var init_state = function(options) {
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter.map((delimiter) => delimiter.length),
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: [
      Buffer.from(Buffer.from([cr], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([nl], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([np], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([space], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([tab], "utf8").toString(), options.encoding)
    ]
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (!Array.isArray(options.delimiter))
    options.delimiter = [options.delimiter];
  if (options.delimiter.length === 0) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER",
      [
        "Invalid option delimiter:",
        "delimiter must be a non empty string or buffer or array of string|buffer,",
        `got ${delimiter_json}`
      ],
      options
    );
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (delimiter === void 0 || delimiter === null || delimiter === false) {
      return Buffer.from(",", options.encoding);
    }
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr2 = 13;
var nl2 = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape: escape2, quote: quote2 } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape2 === null ? 0 : escape2.length) + quote2.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote2.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape: escape2, quote: quote2, record_delimiter } = this.options;
      const { bomSkipped, previousBuf, rawBuffer, escapeIsQuote } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key2 in options2) {
                this.options[key2] = options2[key2];
              }
              ({ comment, escape: escape2, quote: quote2 } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr2 || chr === nl2) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape2 !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape2.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape2.length)) {
                this.state.escaping = true;
                pos += escape2.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape2.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote2.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote2.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote2.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote2.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote2.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote2.length);
              if (escape2 !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape2.length)) {
                pos += escape2.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote2.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote2);
                pos += quote2.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote2.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && obj[columns[i].name] !== void 0) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              obj[columns[i].name] = record[i];
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    // Helper to test if a character is a space or a line delimiter
    __isCharTrimable: function(buf, pos) {
      const isTrim = (buf2, pos2) => {
        const { timchars } = this.state;
        loop1: for (let i = 0; i < timchars.length; i++) {
          const timchar = timchars[i];
          for (let j = 0; j < timchar.length; j++) {
            if (timchar[j] !== buf2[pos2 + j]) continue loop1;
          }
          return timchar.length;
        }
        return 0;
      };
      return isTrim(buf, pos);
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape: escape2 } = this.options;
      if (escape2 === null) return false;
      const l = escape2.length;
      if (escape2[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape2[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isQuote: function(buf, pos) {
      const { quote: quote2 } = this.options;
      if (quote2 === null) return false;
      const l = quote2.length;
      for (let i = 0; i < l; i++) {
        if (quote2[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? {} : [];
  const parser2 = transform(opts);
  const push = (record) => {
    if (parser2.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser2.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/claim/aoc.ts
var AocFileError = class extends Error {
  constructor(file, line, problem) {
    super(`${file}${line !== null ? `: line ${line}` : ""}: ${problem}`);
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.name = "AocFileError";
  }
  file;
  line;
  problem;
};
var VARIANTS = {
  addOn: ["addoncode", "addon", "aoc", "aoccode", "addoncodes", "addoncpt", "addonhcpcs"],
  primary: ["primarycode", "primary", "primarycodes", "primaryprocedurecode", "primarycpt", "primaryhcpcs"],
  editType: ["aocedittype", "edittype", "aoctype", "type"],
  addOnEffective: ["addoncodeeffectivedate", "effectivedate", "aoceffectivedate", "addoneffectivedate"],
  addOnDeletion: ["addoncodedeletiondate", "deletiondate", "aocdeletiondate", "addondeletiondate"],
  primaryEffective: ["primarycodeeffectivedate", "primaryeffectivedate"],
  primaryDeletion: ["primarycodedeletiondate", "primarydeletiondate"],
  editEffective: ["aocediteffectivedate", "editeffectivedate"],
  editDeletion: ["aoceditdeletiondate", "editdeletiondate"]
};
var LABEL2 = {
  addOn: "add-on code",
  primary: "primary code",
  editType: "edit type",
  addOnEffective: "add-on effective date",
  addOnDeletion: "add-on deletion date",
  primaryEffective: "primary effective date",
  primaryDeletion: "primary deletion date",
  editEffective: "edit effective date",
  editDeletion: "edit deletion date"
};
var norm = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
function fieldOf(header) {
  const n = norm(header);
  for (const [f, vs] of Object.entries(VARIANTS)) if (vs.includes(n)) return f;
  return void 0;
}
function splitHeader(line) {
  if (line.includes("	")) return { cells: line.split("	"), format: "tsv", delimiter: "	" };
  if (line.includes(",")) return { cells: line.split(","), format: "csv", delimiter: "," };
  if (line.includes("|")) return { cells: line.split("|"), format: "text", delimiter: "|" };
  const cells2 = line.trim().split(/\s{2,}/);
  return { cells: isHeader(cells2) ? cells2 : greedyCells(line) ?? cells2, format: "text" };
}
function greedyCells(line) {
  const words = [...line.matchAll(/\S+/g)].map((m) => m[0]);
  const cells2 = [];
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let n = Math.min(6, words.length - i); n >= 1; n--) {
      if (fieldOf(words.slice(i, i + n).join(" "))) {
        taken = n;
        break;
      }
    }
    if (taken === 0) taken = 1;
    cells2.push(words.slice(i, i + taken).join(" "));
    i += taken;
  }
  return isHeader(cells2) ? cells2 : void 0;
}
function isHeader(cells2) {
  const fields = cells2.map((c) => fieldOf(c.replace(/^"|"$/g, "")));
  return fields.includes("addOn") && fields.includes("primary");
}
function iso(y, m, d) {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return void 0;
  return dt.toISOString().slice(0, 10);
}
function parseAocDate(raw) {
  const s = raw.trim();
  if (s === "" || s === "*") return null;
  let m;
  if (m = /^(\d{4})(\d{2})(\d{2})$/.exec(s)) return iso(+m[1], +m[2], +m[3]);
  if (m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)) return iso(+m[1], +m[2], +m[3]);
  if (m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s)) return iso(+m[3], +m[1], +m[2]);
  if (m = /^(\d{4})(\d{3})$/.exec(s)) {
    const y = +m[1];
    const day = +m[2];
    const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
    if (day < 1 || day > (leap ? 366 : 365)) return void 0;
    return new Date(Date.UTC(y, 0, day)).toISOString().slice(0, 10);
  }
  return void 0;
}
function parseEditType(raw) {
  const s = raw.trim().toUpperCase().replace(/^TYPE\s*/, "");
  if (s === "" || s === "*") return null;
  const map = { "1": "1", "2": "2", "3": "3", I: "1", II: "2", III: "3" };
  return map[s];
}
var CODE = /^[0-9A-Z]{5}$/;
function parseAocText(text, file) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  let headerIdx = -1;
  let header;
  for (let i = 0; i < Math.min(lines.length, 100); i++) {
    if (!lines[i].trim()) continue;
    const h = splitHeader(lines[i]);
    if (isHeader(h.cells)) {
      headerIdx = i;
      header = h;
      break;
    }
  }
  if (!header) {
    if (!lines.some((l) => l.trim())) throw new AocFileError(file, null, "the file is empty");
    throw new AocFileError(file, null, "no header row with an add-on code column and a primary code column was found");
  }
  const columns = header.cells.map((c) => fieldOf(c.trim().replace(/^"|"$/g, "")));
  const seen = /* @__PURE__ */ new Set();
  columns.forEach((f, i) => {
    if (!f) return;
    if (seen.has(f)) throw new AocFileError(file, headerIdx + 1, `column "${header.cells[i].trim()}" duplicates another ${LABEL2[f]} column`);
    seen.add(f);
  });
  const rows = [];
  if (header.format === "text" && header.delimiter === void 0) {
    const headerLine = lines[headerIdx];
    const starts = [];
    let from = 0;
    for (const cell of header.cells) {
      const at = headerLine.indexOf(cell, from);
      starts.push(at);
      from = at + cell.length;
    }
    for (let i = headerIdx + 1; i < lines.length; i++) {
      const line = lines[i];
      if (!line.trim()) continue;
      const tokens = line.trim().split(/\s+/);
      if (tokens.length === columns.length || starts.some((s) => s < 0)) rows.push([i + 1, tokens]);
      else rows.push([i + 1, starts.map((s, k) => line.slice(s, k + 1 < starts.length ? starts[k + 1] : void 0).trim())]);
    }
  } else {
    let records;
    try {
      records = parse(lines.slice(headerIdx + 1).join("\n"), {
        delimiter: header.delimiter,
        info: true,
        relax_column_count: true,
        skip_empty_lines: true,
        trim: true
      });
    } catch (err) {
      const e = err;
      const line = e.lines !== void 0 ? headerIdx + 1 + e.lines : null;
      throw new AocFileError(file, line, `unreadable ${header.format.toUpperCase()}: ${e.message.split("\n")[0]}`);
    }
    for (const r of records) rows.push([headerIdx + 1 + r.info.lines, r.record]);
  }
  const edits = /* @__PURE__ */ new Map();
  for (const [line, cells2] of rows) {
    if (cells2.every((c) => !c.trim())) continue;
    if (cells2.length !== columns.length) {
      throw new AocFileError(file, line, `expected ${columns.length} columns, found ${cells2.length}`);
    }
    const get2 = (f) => {
      const i = columns.indexOf(f);
      return i < 0 ? void 0 : cells2[i].trim().replace(/^"|"$/g, "");
    };
    const addOn = get2("addOn").toUpperCase();
    if (!CODE.test(addOn)) throw new AocFileError(file, line, `invalid add-on code "${addOn}"`);
    const primaryRaw = get2("primary").toUpperCase();
    let primary = null;
    if (primaryRaw !== "" && primaryRaw !== "*") {
      if (!CODE.test(primaryRaw)) throw new AocFileError(file, line, `invalid primary code "${primaryRaw}"`);
      primary = primaryRaw;
    }
    let editType = null;
    const typeRaw = get2("editType");
    if (typeRaw !== void 0) {
      const t = parseEditType(typeRaw);
      if (t === void 0) throw new AocFileError(file, line, `invalid edit type "${typeRaw}" (expected 1, 2 or 3)`);
      editType = t;
    }
    const date = (f) => {
      const raw = get2(f);
      if (raw === void 0) return null;
      const d = parseAocDate(raw);
      if (d === void 0) {
        throw new AocFileError(file, line, `invalid ${LABEL2[f]} "${raw}" (expected YYYYMMDD, MM/DD/YYYY or *)`);
      }
      return d;
    };
    const edit = {
      addOn,
      primary,
      editType,
      addOnEffective: date("addOnEffective"),
      addOnDeletion: date("addOnDeletion"),
      primaryEffective: date("primaryEffective"),
      primaryDeletion: date("primaryDeletion"),
      editEffective: date("editEffective"),
      editDeletion: date("editDeletion"),
      line
    };
    if (primary === null && editType !== "2") {
      throw new AocFileError(file, line, `missing primary code for add-on ${addOn} (only Type 2 rows may omit it)`);
    }
    const list3 = edits.get(addOn) ?? [];
    list3.push(edit);
    edits.set(addOn, list3);
  }
  if (edits.size === 0) throw new AocFileError(file, null, "the file has a header but no data rows");
  return { file, format: header.format, edits };
}
function loadAocFile(path) {
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch (err) {
    throw new AocFileError(path, null, `cannot read file (${err.code ?? "error"})`);
  }
  return parseAocText(text, path);
}
function isoDay(d) {
  return d.toISOString().slice(0, 10);
}
function editApplies(e, day) {
  const starts = [e.addOnEffective, e.primaryEffective, e.editEffective];
  const ends = [e.addOnDeletion, e.primaryDeletion, e.editDeletion];
  return starts.every((s) => s === null || s <= day) && ends.every((d) => d === null || day < d);
}
function aocLookup(data, addOn, asOf = /* @__PURE__ */ new Date()) {
  const rows = data.edits.get(addOn);
  if (!rows) return void 0;
  const day = isoDay(asOf);
  const active = rows.filter((e) => editApplies(e, day));
  const primaries = new Set(active.flatMap((e) => e.primary ? [e.primary] : []));
  const editType = (active[0] ?? rows[0]).editType;
  return { addOn, editType, primaries, rows: rows.length, activeRows: active.length, asOf: day, file: data.file };
}

// src/claim/checks.ts
var SITE_WORDS = {
  deep: "deep (subfascial)",
  intramedullary: "intramedullary",
  "intra-articular": "intra-articular"
};
var ACTION_WORDS = { insert: "insertion", remove: "removal" };
var SECOND_SITE = {
  deep: "a separate deep site, e.g. another limb segment or compartment",
  intramedullary: "another bone's canal",
  "intra-articular": "another joint"
};
var DISTINCT_SITE_MODIFIERS = /* @__PURE__ */ new Set(["59", "XS", "XE", "XP", "XU", "RT", "LT"]);
function list(codes) {
  return codes.join(", ");
}
var esc4 = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var termsCache = /* @__PURE__ */ new WeakMap();
function termsRegex(terms, flags = "gi") {
  let byFlags = termsCache.get(terms);
  if (!byFlags) termsCache.set(terms, byFlags = /* @__PURE__ */ new Map());
  let re = byFlags.get(flags);
  if (!re) {
    const alts = [...terms].sort((a, b) => b.length - a.length).map((t) => esc4(t).replace(/ /g, "\\s+"));
    re = new RegExp(`\\b(?:${alts.join("|")})\\b`, flags);
    byFlags.set(flags, re);
  }
  re.lastIndex = 0;
  return re;
}
function siteNames(events, site, k = loadCodes()) {
  const entries = k.anatomy[site];
  const sideWord = (w, terms) => terms.some((t) => t.length === 1 ? w === t.toUpperCase() : w.toLowerCase() === t.toLowerCase());
  const sides = /* @__PURE__ */ new Map();
  let unnamed = 0;
  for (const e of events) {
    let named = false;
    for (const ev of e.evidence) {
      for (const entry of entries) {
        const re = termsRegex(entry.terms);
        for (const m of ev.text.matchAll(re)) {
          named = true;
          const before = ev.text.slice(Math.max(0, m.index - 24), m.index).split(/[^A-Za-z]+/).filter(Boolean).slice(-2).join(" ");
          const words = before.split(" ").reverse();
          const side = words.some((w) => sideWord(w, k.anatomy.sides.left)) ? "left" : words.some((w) => sideWord(w, k.anatomy.sides.right)) ? "right" : "";
          const set = sides.get(entry.name) ?? /* @__PURE__ */ new Set();
          set.add(side);
          sides.set(entry.name, set);
        }
      }
    }
    if (!named) unnamed++;
  }
  const out = [];
  for (const [name, set] of sides) {
    const sided = [...set].filter((x) => x).sort();
    if (sided.length === 0) out.push(name);
    else for (const sd of sided) out.push(`${sd} ${name}`);
  }
  if (out.length === 0) for (let i = 0; i < unnamed; i++) out.push("unnamed site");
  return out;
}
function sitesByCode(devices, k = loadCodes()) {
  const out = {};
  for (const action of ["insert", "remove"]) {
    for (const site of ["deep", "intramedullary", "intra-articular"]) {
      const events = devices.filter((d) => d.action === action && d.site === site);
      const code = siteCode(action, site);
      if (events.length && code) out[code] = siteNames(events, site, k);
    }
  }
  return out;
}
function checkClaim(lines, note2, opts = {}) {
  const k = opts.knowledge ?? loadCodes();
  const findings = [];
  const add = (id, status, message, codes) => findings.push({ id, status, message, codes });
  const family = lines.filter((l) => isFamilyCode(l.code));
  const others = lines.filter((l) => !isFamilyCode(l.code));
  const otherCodes = [...new Set(others.map((l) => l.code))];
  const familyCodes = [...new Set(family.map((l) => l.code))];
  for (const code of familyCodes) {
    const info = getCodeInfo(code, k);
    const excluded = info.primaries.excluded.filter((x) => otherCodes.includes(x.code));
    for (const x of excluded) {
      add("excluded-pair", "fail", `${code} is not reported with ${x.code}: ${x.reason}`, [code, x.code]);
    }
    const candidates = otherCodes.filter((c) => !excluded.some((x) => x.code === c));
    if (otherCodes.length === 0) {
      const hint = note2.primaryCodesInNote.length ? `; the note names ${list(note2.primaryCodesInNote)}` : "";
      add("addon-without-primary", "fail", `${code} is an add-on code but the claim has no primary procedure${hint}`, [code]);
      continue;
    }
    if (candidates.length === 0) {
      add("addon-without-primary", "fail", `${code} has no eligible primary on the claim (${list(otherCodes)} excluded)`, [code, ...otherCodes]);
      continue;
    }
    const lookup = opts.aoc ? aocLookup(opts.aoc, code, opts.asOf) : void 0;
    if (lookup) {
      const src = `CMS AOC file ${lookup.file}, as of ${lookup.asOf}`;
      if (lookup.editType === "2") {
        add("addon-without-primary", "pass", `${code} is reported with ${list(candidates)} (Type 2 add-on in ${src}: no fixed primary list)`, [code, ...candidates]);
        continue;
      }
      const listed2 = candidates.filter((c) => lookup.primaries.has(c));
      if (listed2.length) {
        add("addon-without-primary", "pass", `${code} is reported with primary ${list(listed2)} (listed in ${src})`, [code, ...listed2]);
      } else {
        const status = lookup.editType === "3" ? "warn" : "fail";
        const why = lookup.activeRows === 0 ? `no row for ${code} applies on that date` : `not among its ${lookup.primaries.size} listed primaries`;
        add("primary-not-listed", status, `${list(candidates)} not an eligible primary for ${code} in ${src} (${why}${lookup.editType ? `, edit type ${lookup.editType}` : ""})`, [code, ...candidates]);
      }
      continue;
    }
    const plist = info.primaries;
    const listed = candidates.filter((c) => listIncludes(plist, c));
    const fallback = opts.aoc ? `; ${code} is not in ${opts.aoc.file}` : "";
    const prov = `${plist.complete ? "published" : "partial"} list; source: ${plist.source}; confidence ${plist.confidence}${fallback}`;
    if (listed.length) {
      add("addon-without-primary", "pass", `${code} is reported with primary ${list(listed)} (on oplint's ${prov})`, [code, ...listed]);
    } else {
      add("primary-not-listed", "warn", `${list(candidates)} not on oplint's primary list for ${code} (${prov}); verify against the CMS AOC file`, [code, ...candidates]);
    }
  }
  for (const l of family) {
    if (l.modifiers.includes("51")) {
      add("modifier-51-on-addon", "fail", `remove modifier 51 from ${l.code}: add-on codes are exempt from the multiple-procedure reduction`, [l.code]);
    }
  }
  const sites = note2.sitesByCode ?? sitesByCode(note2.devices, k);
  for (const code of familyCodes) {
    const same = family.filter((l) => l.code === code);
    const units = same.reduce((n, l) => n + l.units, 0);
    if (units < 2) continue;
    const shown2 = same.map((l) => l.code + l.modifiers.map((m) => `-${m}`).join("") + (l.units > 1 ? ` x${l.units}` : "")).join(", ");
    if (same.length > 1 && !same.slice(1).every((l) => l.modifiers.some((m) => DISTINCT_SITE_MODIFIERS.has(m)))) {
      add("units-per-site", "fail", `${code} is on ${same.length} lines (${shown2}) without a separate-site modifier (59 / XS) on the repeated line: one unit per anatomic site`, [code]);
      continue;
    }
    const info = getCodeInfo(code, k);
    const named = sites[code] ?? [];
    const where = `${SITE_WORDS[info.site]} ${ACTION_WORDS[info.action]}`;
    const list22 = named.filter((n) => n !== "unnamed site");
    const documented2 = named.length === 0 ? `no ${where} site` : `${named.length} ${where} site${named.length > 1 ? "s" : ""}${list22.length ? ` (${list22.join(", ")})` : ""}`;
    if (named.length >= units) {
      add("units-per-site", "pass", `${units} units of ${code} (${shown2}) match the ${documented2} the note documents`, [code]);
    } else {
      add(
        "units-per-site",
        "fail",
        `${units} units of ${code} are claimed (${shown2}) but the note documents ${documented2}: one unit per anatomic site, so each further unit needs another documented site (${SECOND_SITE[info.site]})`,
        [code]
      );
    }
  }
  const documented = new Set(note2.documentedCodes.filter(isFamilyCode));
  for (const d of note2.devices) {
    const c = siteCode(d.action, d.site);
    if (c) documented.add(c);
  }
  const explained = /* @__PURE__ */ new Set();
  let mismatches = 0;
  for (const code of familyCodes) {
    if (documented.has(code)) continue;
    const info = getCodeInfo(code, k);
    const sameAction = [...documented].sort().filter((c) => getCodeInfo(c, k).action === info.action && !familyCodes.includes(c));
    if (sameAction.length) {
      for (const c of sameAction) explained.add(c);
      mismatches++;
      const sites2 = sameAction.map((c) => SITE_WORDS[getCodeInfo(c, k).site]).join(" and ");
      add(
        "site-mismatch",
        "fail",
        `${code} is for ${SITE_WORDS[info.site]} ${ACTION_WORDS[info.action]} but the note documents ${sites2} ${ACTION_WORDS[info.action]}: report ${sameAction.join(" / ")}`,
        [code, ...sameAction]
      );
    } else {
      const unsited = note2.devices.some((d) => d.action === info.action && d.site === "unspecified");
      const what = unsited ? `a device ${ACTION_WORDS[info.action]} without naming the site (${code} needs ${SITE_WORDS[info.site]})` : note2.devices.length === 0 && documented.size === 0 ? "no drug-delivery device insertion or removal" : `no ${SITE_WORDS[info.site]} ${ACTION_WORDS[info.action]}`;
      add("code-not-documented", "fail", `${code} is claimed but the note documents ${what}`, [code]);
    }
  }
  if (familyCodes.length && mismatches === 0 && familyCodes.every((c) => documented.has(c))) {
    add("site-mismatch", "pass", `claimed ${list(familyCodes)} match the documented site(s)`, familyCodes);
  }
  const removalClaimed = familyCodes.filter((c) => getCodeInfo(c, k).action === "remove");
  const removalOnly = !note2.otherProceduresDocumented && documented.size > 0 && [...documented].every((c) => getCodeInfo(c, k).action === "remove");
  if (removalOnly) {
    for (const code of removalClaimed) {
      add("removal-only", "fail", `removal is the only procedure documented: report 20680, not add-on ${code}`, [code, "20680"]);
    }
  }
  for (const code of [...documented].sort()) {
    if (familyCodes.includes(code) || explained.has(code)) continue;
    if (removalOnly && getCodeInfo(code, k).action === "remove") continue;
    const info = getCodeInfo(code, k);
    add("documented-not-claimed", "warn", `the note documents ${SITE_WORDS[info.site]} ${ACTION_WORDS[info.action]} (${code}) but ${code} is not on the claim`, [code]);
  }
  return { lines, findings };
}
function claimFails(result) {
  return result.findings.some((f) => f.status === "fail");
}

// src/text/normalize.ts
var SIMPLE = {
  "\xA0": " ",
  "\u2007": " ",
  "\u202F": " ",
  "\u2009": " ",
  "\u200A": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u2033": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\xD7": "x",
  "	": " ",
  "\f": "\n",
  "\v": "\n",
  "\u2028": "\n",
  "\u2029": "\n"
};
var SIMPLE_RE = new RegExp(`[${Object.keys(SIMPLE).join("")}]`, "g");
var ENTITIES = {
  "&nbsp;": " ",
  "&#160;": " ",
  "&amp;": "&",
  "&#38;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
  "&#39;": "'",
  "&ndash;": "-",
  "&mdash;": "-"
};
var ENTITY = `&(?:${Object.keys(ENTITIES).map((e) => e.slice(1, -1)).join("|")});`;
var RESIZING = new RegExp(`[\\r\\ufeff\\u200b\\u00ad\\u2026]|${ENTITY}`, "i");
function lineStartsOf(input) {
  const starts = [0];
  if (input.includes("\r")) {
    for (let i = 0; i < input.length; i++) {
      const ch = input.charCodeAt(i);
      if (ch === 10 || ch === 13 && input.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    return starts;
  }
  for (let i = input.indexOf("\n"); i >= 0; i = input.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
var RESIZING_G = new RegExp(`\\r\\n?|[\\ufeff\\u200b\\u00ad\\u2026]|${ENTITY}`, "gi");
var ITEM_START = /^[ ]*(?:\(?\d{1,3}[.)](?:[ ]|$)|\d{4,6}(?:-[A-Z0-9]{1,2})*(?:[ ]{2,}|[ ]+[-\u2013\u2014][ ])|\(?[A-Za-z][.)][ ]|[-*+\u2022\u25cf\u25aa\u25ba\u2023\u2043>]|\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612]|\||[A-Za-z][A-Za-z0-9 /&'()-]{0,48}:(?:[ ]|$))/;
var TABLE_LINE = /\||[^ ] {3,}[^ ]/;
var OPEN_PHRASE_END = /(?:^|[ ])(?:a|an|the)[ ]+[A-Za-z][A-Za-z-]*[ ]*$/i;
var LABEL_ONLY = /^[A-Za-z][A-Za-z'-]{0,20}:(?:[ ]|$)/;
var ROW_KEY = /^[ ]*(?:#|\d{1,3})[ ]*\|/;
var TIMED_ENTRY = /^[ ]*\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?(?:am|pm|h|hrs))?(?:[ ]+|[ ]*[-\u2013\u2014|][ ]*)(?=[A-Za-z(\[])/i;
var TITLE_THEN_FIELD_SRC = String.raw`^[ ]*[A-Za-z][^:|\n]*?[^ :|\n][ ]{5,}(?=[A-Za-z][A-Za-z]*(?: [A-Za-z]+){0,2}:[ ]+[^ \n][^:|\n]*$)`;
var TITLE_THEN_FIELD = new RegExp(TITLE_THEN_FIELD_SRC, "m");
var TITLE_THEN_FIELD_G = new RegExp(TITLE_THEN_FIELD_SRC, "gm");
var OPEN_BOX_END = /\[[ xX\u2713\u2714]?$/;
var CLOSE_BOX_START = /^[ ]*[xX\u2713\u2714]?\]/;
var MARKERS_BUT_LETTER = String.raw`\(?\d{1,3}[.)](?:[ ]|$)|[-*+\u2022\u25cf\u25aa\u25ba\u2023\u2043>]|\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612]|\|`;
var MARKER_START = new RegExp(String.raw`^[ ]*(?:\(?[A-Za-z][.)][ ]|${MARKERS_BUT_LETTER})`);
var MARKER_START_NO_LETTER = new RegExp(`^[ ]*(?:${MARKERS_BUT_LETTER})`);
var BOX = String.raw`(?:\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612])`;
var BOX_AT_END = new RegExp(`${BOX}[ ]*$`);
var LAST_BOX_CELL = /(?:^|[ ]{2,})[ ]*(?:\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612])[ ]*[^ \[\]\u2610\u2611\u2612][^\[\]\u2610\u2611\u2612]*$/;
var BOX_ANYWHERE = /\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612]/;
var BOX_ROW = new RegExp(`${BOX}[^\\n]*${BOX}`);
var BOX_START = new RegExp(`^[ ]*${BOX}`);
function firstCell(line) {
  const t = line.trimStart();
  const gap = t.indexOf("  ");
  return gap < 0 ? t : t.slice(0, gap);
}
function boxAtEnd(line) {
  const t = line.trimEnd();
  const last = t.charCodeAt(t.length - 1);
  return (last === 93 || last >= 9744 && last <= 9746) && BOX_AT_END.test(t.slice(-6));
}
var tableLike = (line) => TABLE_LINE.test(line.trim().replace(KEY_VALUE_ANY, ""));
var KEY_VALUE = /^[A-Za-z][A-Za-z0-9 /&'().#-]{0,40}:[ ]{2,}(?=[^ ])/;
var KEY_VALUE_ANY = /^[A-Za-z][A-Za-z0-9 /&'().#-]{0,40}:[ ]+/;
function compiledOnce(cache2, key2, build) {
  let value = cache2.get(key2);
  if (value === void 0) cache2.set(key2, value = build(key2));
  return value;
}
var longLabelCache = /* @__PURE__ */ new Map();
function longLabelOf(maxWords) {
  if (!maxWords) return void 0;
  return compiledOnce(longLabelCache, maxWords, (n) => new RegExp(`^[ ]*[A-Za-z][A-Za-z0-9/&'()-]*(?:[ ]+[A-Za-z0-9/&'().-]+){${n},}:`));
}
var codeRowCache = /* @__PURE__ */ new WeakMap();
function codeRowOf(words) {
  if (!words?.length) return void 0;
  return compiledOnce(codeRowCache, words, (w) => new RegExp(`^[ ]*(?:${phrases(w)})[ ]*[:#]?[ ]*\\d{5}(?![\\d.,])`, "i"));
}
var markerCache = /* @__PURE__ */ new WeakMap();
function markerEndOf(words) {
  if (!words?.length) return void 0;
  return compiledOnce(markerCache, words, (w) => new RegExp(`(?:^|[^A-Za-z])(?:${phrases(w)})[ ]*[:#]?$`, "i"));
}
var amountCache = /* @__PURE__ */ new WeakMap();
function amountStartOf(units) {
  if (!units?.length) return void 0;
  return compiledOnce(amountCache, units, (u) => ({ start: new RegExp(`^[ ]*\\d+(?:\\.\\d+)?[ ]?(?:${phrases(u)})(?![A-Za-z])`, "i"), units: new Set(u.map((x) => x.toLowerCase())) }));
}
var LAST_WORD = /([A-Za-z]+)$/;
var notLabelCache = /* @__PURE__ */ new WeakMap();
function notLabelOf(words) {
  if (!words?.length) return void 0;
  return compiledOnce(notLabelCache, words, (w) => new RegExp(`^[ ]*(?:${phrases(w)}):`, "i"));
}
var continuationCache = /* @__PURE__ */ new WeakMap();
var startsCache = /* @__PURE__ */ new WeakMap();
function continuationRe(words) {
  if (!words?.length) return void 0;
  return compiledOnce(continuationCache, words, (w) => new RegExp(`(?:^|[^A-Za-z])(?:${phrases(w)})$|,$`, "i"));
}
function wholeRows(lines, i) {
  let from = i;
  while (from > 0 && lines[from - 1].includes("|")) from--;
  let most = 0;
  for (let k = from; k < lines.length && lines[k].includes("|"); k++) most = Math.max(most, pipes(lines[k]));
  return pipes(lines[i]) === most && pipes(lines[i + 1]) === most;
}
var CAPS_LINE = /^[ ]*(?=[^a-z\n]*[A-Z]{2,}[^a-z\n]*\s[^a-z\n]*[A-Z]{2,})[^a-z\n]*[^a-z\n.!?;,]$/;
function joinWrappedLines(text, layout = {}, tabs) {
  if (!text.includes("\n")) return text;
  const continues = continuationRe(layout.continuationWords);
  const startsGoingOn = layout.continuationStarts?.length ? compiledOnce(startsCache, layout.continuationStarts, (w) => new RegExp(`^[ ]*(?:${phrases(w)})[ ]`, "i")) : void 0;
  const notLabelRe = notLabelOf(layout.notLabelWords);
  const notLabel = (line) => notLabelRe?.test(line) ?? false;
  const unknownWordLabel = (cur, line) => {
    if (!OPEN_PHRASE_END.test(cur)) return false;
    const w = /^[ ]*([A-Za-z][A-Za-z'-]{1,20}):[ ]+\S/.exec(line);
    return w !== null && layout.knownTitle !== void 0 && !layout.knownTitle(w[1]);
  };
  const amount = amountStartOf(layout.amountUnits);
  const markerEnd = markerEndOf(layout.codeMarkers);
  const longLabel = longLabelOf(layout.labelMaxWords);
  const codeRow = codeRowOf(layout.codeMarkers);
  const itemStart = (rest) => ITEM_START.test(rest) && !(longLabel?.test(rest) ?? false) || (codeRow?.test(rest) ?? false);
  const lines = text.split("\n");
  let prose = lines;
  let { width, longest } = widest(lines);
  if (tableLike(longest)) {
    prose = lines.filter((l) => !tableLike(l));
    width = widest(prose).width;
  }
  const bounds = layout.wrapWidth ?? DEFAULT_WRAP;
  let byWidth = width >= bounds.min && width <= bounds.max;
  let near = 0;
  let long = 0;
  for (const l of prose) {
    if (!WORDY.test(l)) continue;
    const n = l.trimEnd().length;
    if (n >= 20) long++;
    if (n >= width - Math.max(12, Math.round(width * 0.15))) near++;
  }
  if (near < 3 || near < long * 0.25) byWidth = false;
  const slack = Math.max(4, Math.round(width * 0.08));
  const nextWord = (next, indent) => {
    let n = 0;
    while (indent + n < next.length && next.charCodeAt(indent + n) !== 32) n++;
    return n;
  };
  const cutByWidth = (line, next, nextIndent) => line.trimEnd().length + 1 + nextWord(next, nextIndent) > width - slack;
  const firstCut = [];
  const paired = [];
  let cuts = 0;
  if (byWidth) {
    for (let i = 0; i + 1 < lines.length; i++) firstCut.push(lines[i].trim() !== "" && lines[i + 1].trim() !== "" && cutByWidth(lines[i], lines[i + 1], leadingSpaces(lines[i + 1])));
    for (let i = 0; i + 2 < lines.length; i++) {
      if (!firstCut[i]) continue;
      cuts++;
      const rest = lines[i + 1].trim();
      if (!rest || rest.length * 2 > width || firstCut[i + 1]) continue;
      paired.push(lines[i].trimEnd().length + 1 + rest.length);
    }
  }
  const slackOf = (w) => Math.max(4, Math.round(w * 0.08));
  let width2 = paired.length ? Math.max(...paired) : 0;
  for (const w of [...paired].sort((x, y) => y - x)) {
    const n = paired.filter((p) => p >= w - slackOf(w)).length;
    if (n >= 3 && n * 2 >= paired.length) {
      width2 = w;
      break;
    }
  }
  const slack2 = slackOf(width2);
  const nearFirst = paired.filter((n) => n >= width2 - slack2).length;
  const twice = paired.length >= 3 && paired.length * 3 >= cuts * 2 && nearFirst >= 3 && nearFirst * 2 >= paired.length && width2 > width + Math.max(3, Math.round(slack / 2));
  const cutByFirstWidth = (i, next, nextIndent) => twice && i > 0 && firstCut[i - 1] === true && lines[i].trim().length * 2 <= width && lines[i - 1].trimEnd().length + 1 + lines[i].trim().length + 1 + nextWord(next, nextIndent) > width2 - slack2;
  let caseMemo;
  const caseCue = () => caseMemo ??= casedText(text);
  let caselessMemo;
  const caseless = () => caselessMemo ??= !/[a-z]/.test(text) || !caseCue();
  const rowEnds = /* @__PURE__ */ new Set();
  const rowJoins = tableRowJoins(lines, tabs, rowEnds, layout.continuationWords);
  const joins = [];
  let at = 0;
  let valueColumn = -1;
  let hangColumn = -1;
  let startLine = "";
  let tail = false;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i];
    const joinedInto = joins.length > 0 && joins[joins.length - 1] === at - 1;
    if (!joinedInto) startLine = line;
    at += line.length;
    const next = lines[i + 1];
    const nextIndent = leadingSpaces(next);
    const restOfRow = tail;
    tail = false;
    const blockColumn = valueColumn;
    if (nextIndent > 0 || valueColumn > 0) {
      const kv = KEY_VALUE.exec(line);
      if (kv) valueColumn = kv[0].length;
      else if (nextIndent === 0 || leadingSpaces(line) !== valueColumn) valueColumn = -1;
    }
    if (!joinedInto) hangColumn = KEY_VALUE_ANY.exec(line)?.[0].length ?? -1;
    else if (leadingSpaces(line) > 0 && leadingSpaces(line) !== hangColumn) hangColumn = -1;
    let join9 = rowJoins.has(i) || valueColumn > 0 && nextIndent === valueColumn && nextIndent < next.length && !ITEM_START.test(next.slice(nextIndent)) || hangColumn > 0 && nextIndent === hangColumn && nextIndent < next.length && !ITEM_START.test(next.slice(nextIndent)) && !tableLike(next);
    if (!join9 && amount && amount.start.test(next)) {
      const w = LAST_WORD.exec(line.trimEnd());
      if (w && !amount.units.has(w[1].toLowerCase())) join9 = true;
    }
    if (!join9 && markerEnd && /^[ ]*\d{5}(?!\d)/.test(next) && markerEnd.test(line.trimEnd()) && !tableLike(line)) join9 = true;
    const labelCut = (rest) => byWidth && LABEL_ONLY.test(rest) && cutByWidth(line, next, nextIndent);
    if (!join9 && nextIndent > 0 && nextIndent < next.length && (!itemStart(next.slice(nextIndent)) || labelCut(next.slice(nextIndent))) && !tableLike(next)) {
      const item = LIST_MARKER.exec(line);
      if (item && item[0].length === nextIndent && !/[.;:]$/.test(line.trimEnd())) join9 = true;
    }
    if (!join9 && joinedInto && i > 0 && nextIndent > 0 && nextIndent < next.length && leadingSpaces(line) < nextIndent && leadingSpaces(lines[i - 1]) === nextIndent && !itemStart(next.slice(nextIndent)) && !tableLike(next) && !/[.!?:]$/.test(line.trimEnd()) && !TIMED_ENTRY.test(next)) join9 = true;
    if (!join9 && OPEN_BOX_END.test(line.trimEnd().slice(-2)) && CLOSE_BOX_START.test(next)) join9 = true;
    if (!join9 && nextIndent < next.length && boxAtEnd(line)) join9 = true;
    if (!join9 && byWidth && nextIndent < next.length && LAST_BOX_CELL.test(line) && !BOX_ANYWHERE.test(firstCell(next)) && !ITEM_START.test(next) && !tableLike(firstCell(next)) && cutByWidth(line, next, nextIndent)) join9 = true;
    if (!join9 && byWidth && BOX_ROW.test(line) && BOX_START.test(next) && !BOX_ROW.test(next) && cutByWidth(line, next, nextIndent)) join9 = true;
    if (!join9 && byWidth && nextIndent < next.length && (restOfRow || !line.trimStart().startsWith("|")) && line.trimEnd().endsWith("|") && pipes(line) >= 2 && !next.trimStart().startsWith("|") && !ROW_KEY.test(next) && !ITEM_START.test(next) && cutByWidth(line, next, nextIndent)) join9 = true;
    if (!join9 && !restOfRow && line.trimStart().startsWith("|") && !line.trimEnd().endsWith("|") && nextIndent < next.length && !next.trimStart().startsWith("|") && !ROW_KEY.test(next)) join9 = true;
    if (!join9 && !restOfRow && line.trimStart().startsWith("|") && nextIndent < next.length && !next.trimStart().startsWith("|") && next.trimEnd().endsWith("|") && next.includes("|")) join9 = true;
    if (!join9 && nextIndent < next.length && next.charCodeAt(nextIndent) === 124 && !line.trimStart().startsWith("|") && !line.trimEnd().endsWith("|") && pipes(line) >= 1) join9 = tail = true;
    if (!join9 && byWidth && nextIndent < next.length && line.includes("|") && !next.includes("|") && !ITEM_START.test(next) && cutByWidth(line, next, nextIndent)) join9 = true;
    if (!join9 && byWidth && nextIndent < next.length && line.includes("|") && !line.trimStart().startsWith("|") && !line.trimEnd().endsWith("|") && next.includes("|") && !next.trimStart().startsWith("|") && !ROW_KEY.test(next) && !ITEM_START.test(next) && cutByWidth(line, next, nextIndent) && !wholeRows(lines, i)) join9 = true;
    if (!join9 && byWidth && nextIndent === 0 && nextIndent < next.length && !line.includes("|") && tableLike(line) && !tableLike(next) && !ITEM_START.test(next) && cutByWidth(line, next, nextIndent)) join9 = true;
    if (!join9 && nextIndent < next.length) {
      const cur = line.trimEnd();
      const last = cur.charCodeAt(cur.length - 1);
      const proseColon = last === 58 && /\)[ ]*:$/.test(cur) && cur.trim().split(/\s+/).length > 4;
      if (cur.length > 0 && (last !== 58 || unclosedBracket(cur) || proseColon) && !RULE_END.test(cur)) {
        const first = next.charCodeAt(nextIndent);
        const open2 = unclosedBracket(cur);
        const cannotEnd = open2 || (continues?.test(cur) ?? false);
        const byWrap = byWidth && (cutByWidth(cur, next, nextIndent) || cutByFirstWidth(i, next, nextIndent));
        const lowerNext = first >= 97 && first <= 122 && !/[.!?;]$/.test(cur) && caseCue();
        const dateNext = first >= 48 && first <= 57 && !/[.!?;:]$/.test(cur) && DATE_GOES_ON.test(next) || DAY_END.test(cur) && MONTH_YEAR_START.test(next) || MONTH_END.test(cur) && DAY_YEAR_START.test(next);
        const goesOn = startsGoingOn !== void 0 && !/[.!?;:]$/.test(cur) && startsGoingOn.test(next) && caseless();
        const wrapped = byWrap || lowerNext || cannotEnd || dateNext || goesOn;
        const caselessRest = byWrap && !lowerNext && caseless() && (midLabel(next, continues) || notLabel(next) || unknownWordLabel(cur, next));
        const marker = cannotEnd ? MARKER_START_NO_LETTER : MARKER_START;
        const headingNext = !open2 && !cannotEnd && CAPS_LINE.test(next) && !CAPS_LINE.test(cur) && caseCue();
        join9 = wrapped && !headingNext && (open2 || !(cannotEnd || byWrap && lowerNext || caselessRest ? marker.test(next) : itemStart(next))) && !tableLike(cur) && !tableLike(next) && !(TIMED_ENTRY.test(startLine) && TIMED_ENTRY.test(next));
      }
    }
    if (join9 && TABLE_RULE.test(next)) join9 = false;
    if (join9 && blockColumn > 0 && nextIndent === 0 && (KEY_VALUE.test(line) || leadingSpaces(line) === blockColumn) && KEY_VALUE_ANY.test(next)) join9 = false;
    if (join9 && !rowEnds.has(i)) joins.push(at);
    at += 1;
  }
  if (!joins.length) return text;
  const parts = [];
  let from = 0;
  for (const j of joins) {
    parts.push(text.slice(from, j), " ");
    from = j + 1;
  }
  parts.push(text.slice(from));
  return parts.join("");
}
function widest(lines) {
  let width = 0;
  let longest = "";
  for (const l of lines) {
    const n = l.trimEnd().length;
    if (n > width && WORDY.test(l)) {
      width = n;
      longest = l;
    }
  }
  return { width, longest };
}
var WORDY = /[A-Za-z0-9]/;
var DATE_GOES_ON = /^[ ]*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}-?[A-Za-z]{3}-?\d{2,4})(?=[;,]|[ ]+[a-z])/;
var DAY_END = /(?:^|[ (])\d{1,2}$/;
var MONTH_YEAR_START = /^[ ]*[A-Za-z]{3,9}\.?[ ]+\d{4}\b/;
var MONTH_END = /(?:^|[ (])[A-Za-z]{3,9}\.?$/;
var DAY_YEAR_START = /^[ ]*\d{1,2}(?:st|nd|rd|th)?,?[ ]+\d{4}\b/;
var RULE_END = /([=*#~_-])\1{2,}$/;
var TABLE_RULE = /^[ ]*[-=]{3,}(?:[+|][-=]+)*[+|]?[ ]*$/;
var LIST_MARKER = /^[ ]*(?:\(?\d{1,3}[.)]|[-*\u2022])[ ]+(?=\S)/;
var DEFAULT_WRAP = { min: 24, max: 160 };
var STARTS = /(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?([A-Za-z])[A-Za-z/&-]*(?:[ ][A-Za-z/&-]+){0,3}:|[.!?][ \t]+([A-Za-z])(?=[a-z]*\s)/g;
function casedText(text) {
  let starts = 0;
  let upperStarts = 0;
  STARTS.lastIndex = 0;
  for (let m = STARTS.exec(text); m; m = STARTS.exec(text)) {
    const c = (m[1] ?? m[2]).charCodeAt(0);
    starts++;
    if (c >= 65 && c <= 90) upperStarts++;
  }
  if (starts >= 3) return upperStarts * 2 >= starts;
  const first = /[A-Za-z]/.exec(text);
  if (first && first[0] >= "a" && first[0] <= "z") return false;
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return upper * 100 >= letters;
}
var SEPARATOR_ROW = /^[ ]*\|(?:[ ]*:?-{3,}:?[ ]*\|)+[ ]*$/;
var PLUS_SEPARATOR_ROW = /^[ ]*-{2,}(?:\+-{2,})+[ ]*$/;
var BOX_RULE = /^[ ]*\+(?:[-=]{2,}\+)+[ ]*$/;
function crossings(line) {
  let n = 0;
  for (let i = line.indexOf("+"); i >= 0; i = line.indexOf("+", i + 1)) n++;
  return n;
}
var MAX_ROW_PIECES = 8;
function pipes(line) {
  let n = 0;
  for (let i = line.indexOf("|"); i >= 0; i = line.indexOf("|", i + 1)) n++;
  return n;
}
function tableRowJoins(lines, tabs, ends, words) {
  const joins = /* @__PURE__ */ new Set();
  const blank = (l) => l === void 0 || l.trim() === "";
  if (tabs && tabs.length === lines.length) {
    for (let k = 0; k < lines.length; k++) {
      const cols = tabs[k];
      if (cols < 2 || k > 0 && tabs[k - 1] > 0 && !blank(lines[k - 1])) continue;
      let i = k + 1;
      while (i < lines.length && !blank(lines[i]) && tabs[i] > 0) {
        let r = i;
        let have = tabs[i];
        while (have < cols && r + 1 < lines.length && r + 1 - i < MAX_ROW_PIECES && !blank(lines[r + 1]) && have + tabs[r + 1] <= cols) {
          have += tabs[r + 1];
          r++;
        }
        if (have !== cols) break;
        for (let x = i; x < r; x++) joins.add(x);
        while (r + 1 < lines.length && !blank(lines[r + 1]) && tabs[r + 1] === 0 && !ITEM_START.test(lines[r + 1]) && r + 1 - i < MAX_ROW_PIECES) joins.add(r++);
        ends?.add(r);
        i = r + 1;
      }
      if (i > k + 1) ends?.add(k);
      k = i - 1;
    }
  }
  for (let k = 0; k < lines.length; k++) {
    if (PLUS_SEPARATOR_ROW.test(lines[k])) {
      const cols2 = crossings(lines[k]);
      const rowOf = (from, step) => {
        let acc2 = 0;
        for (let j = from, n = 0; j >= 0 && j < lines.length && n < MAX_ROW_PIECES && !blank(lines[j]) && !PLUS_SEPARATOR_ROW.test(lines[j]); j += step, n++) {
          acc2 += pipes(lines[j]);
          if (acc2 > cols2) return -1;
          if (acc2 === cols2) return j;
        }
        return -1;
      };
      const top = rowOf(k - 1, -1);
      if (top >= 0) for (let x = top; x < k - 1; x++) joins.add(x);
      for (let i2 = k + 1; i2 < lines.length && !blank(lines[i2]) && pipes(lines[i2]) > 0; ) {
        const end = rowOf(i2, 1);
        if (end < 0) break;
        for (let x = i2; x < end; x++) joins.add(x);
        i2 = end + 1;
      }
      continue;
    }
    const box = BOX_RULE.test(lines[k]);
    if (!box && !SEPARATOR_ROW.test(lines[k])) continue;
    const cols = box ? lines[k].split("+").length - 1 : pipes(lines[k]);
    let acc = 0;
    for (let j = k - 1; j >= 0 && j >= k - MAX_ROW_PIECES && !blank(lines[j]); j--) {
      acc += pipes(lines[j]);
      if (acc > cols) break;
      if (acc === cols && lines[j].trimStart().startsWith("|")) {
        for (let x = j; x < k - 1; x++) joins.add(x);
        break;
      }
    }
    let i = k + 1;
    let above;
    while (i < lines.length && lines[i].trimStart().startsWith("|") && !SEPARATOR_ROW.test(lines[i])) {
      let r = i;
      let have = pipes(lines[i]);
      while (have < cols && r + 1 < lines.length && r + 1 - i < MAX_ROW_PIECES && !blank(lines[r + 1]) && !SEPARATOR_ROW.test(lines[r + 1]) && have + pipes(lines[r + 1]) <= cols) {
        have += pipes(lines[r + 1]);
        r++;
      }
      if (have === cols) for (let x = i; x < r; x++) joins.add(x);
      else r = i;
      const row2 = have === cols ? lines.slice(i, r + 1).join("") : void 0;
      const continues = row2 !== void 0 && above !== void 0 && continuesCellAbove(above.text, row2, above.continues, words);
      if (continues) joins.add(above.last);
      above = row2 === void 0 ? void 0 : { text: row2, last: r, continues };
      i = r + 1;
    }
  }
  return joins;
}
var cellStartCache = /* @__PURE__ */ new WeakMap();
function continuesCellAbove(above, line, aboveContinues, words) {
  const cells2 = line.trim().split("|").slice(1, -1);
  const up = above.trim().split("|").slice(1, -1);
  if (cells2.length < 2 || cells2.length !== up.length) return false;
  const first = cells2[0];
  if (first.trim() === "" || cells2.slice(1).some((c) => c.trim() !== "")) return false;
  if (aboveContinues) return true;
  if (up.slice(1).every((c) => c.trim() === "")) return false;
  const lead = first.length - first.trimStart().length;
  const upLead = up[0].length - up[0].trimStart().length;
  if (lead > upLead || first.trimStart().startsWith("(")) return true;
  const ends = continuationRe(words);
  if (ends?.test(up[0].trimEnd())) return true;
  if (!words?.length) return false;
  return compiledOnce(cellStartCache, words, (w) => new RegExp(`^(?:${phrases(w)})(?![A-Za-z])`, "i")).test(first.trimStart());
}
function unclosedBracket(line) {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}
function leadingSpaces(line) {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) === 32) n++;
  return n;
}
var SPECIAL = /[^\n\x20-\x7e]|&(?:[a-z]{2,6}|#\d{2,3});/i;
function runOnCommas(text) {
  return text.includes(".,") || text.includes(":,") ? text.replace(/([.:]),/g, "$1 ") : text;
}
function normalize(input, layout = {}) {
  const lineStarts2 = lineStartsOf(input);
  const plain2 = !SPECIAL.test(input);
  const same = plain2 ? input : input.replace(SIMPLE_RE, (ch) => SIMPLE[ch]);
  if (plain2 || !RESIZING.test(same)) return laidOut(input, same, null, lineStarts2, layout);
  const parts = [];
  let ellipses = 0;
  for (let i = same.indexOf("\u2026"); i >= 0; i = same.indexOf("\u2026", i + 1)) ellipses++;
  const map = new Int32Array(input.length + 2 * ellipses + 2);
  let j = 0;
  let last = 0;
  const copy = (to) => {
    parts.push(same.slice(last, to));
    for (let i = last; i < to; i++) map[j++] = i;
  };
  RESIZING_G.lastIndex = 0;
  for (let m = RESIZING_G.exec(same); m; m = RESIZING_G.exec(same)) {
    copy(m.index);
    const ch = m[0];
    if (ch === "\r\n") {
      parts.push("\n");
      map[j++] = m.index + 1;
    } else if (ch === "\r") {
      parts.push("\n");
      map[j++] = m.index;
    } else if (ch === "\u2026") {
      parts.push("...");
      map[j++] = m.index;
      map[j++] = m.index;
      map[j++] = m.index;
    } else if (ch.startsWith("&")) {
      parts.push(ENTITIES[ch.toLowerCase()]);
      map[j++] = m.index;
    }
    last = m.index + ch.length;
  }
  copy(same.length);
  map[j] = input.length;
  return laidOut(input, parts.join(""), map.subarray(0, j + 1), lineStarts2, layout);
}
var BRACKET_HEADING = /(^[ \t]*|[.!?;][ \t]+)\[([A-Za-z][A-Za-z /&-]{0,40}[A-Za-z])\](?=[ \t]|$)/gm;
var MD_HEADING = /^([ \t]*)(#{1,6})[ \t]+(?!of\b)([A-Za-z][^\n#:|]{0,80}?)[ \t]*#*[ \t]*$/gm;
var FIELD_LINE_MAX = 120;
var SPACED_LABEL = /^([A-Za-z][A-Za-z/&()'-]*(?: [A-Za-z/&()'-]+){0,3}?)( {2,})(?=\S)/gm;
var DOT_LEADER = /^([ \t]*[A-Za-z][A-Za-z0-9 /&()'#-]{0,48}?[A-Za-z0-9)])((?: \.{3,}| \.{2}(?=[ \t])|\.{4,})[ \t]*)(?=\S|$)/gm;
function laidOut(input, lined, map, lineStarts2, layout) {
  if (layout.hl7 && lined.includes("|")) {
    const spans2 = segmentSpans(lined, layout.hl7);
    if (spans2.length) ({ text: lined, map } = spliced(lined, map, spans2));
  }
  const indent = commonIndent(lined);
  if (indent > 0) ({ text: lined, map } = dedent(lined, indent, map));
  if (lined.includes("     ") && TITLE_THEN_FIELD.test(lined)) lined = lined.replace(TITLE_THEN_FIELD_G, (m) => `${m.slice(0, -1)}
`);
  if (lined.includes("...") || lined.includes(" .. ")) lined = lined.replace(DOT_LEADER, (_m, label, lead) => `${label}:${" ".repeat(lead.length - 1)}`);
  if (lined.includes("#")) lined = lined.replace(MD_HEADING, (m, indent2, _hashes, title) => `${indent2}${title}:`.padEnd(m.length, " "));
  if (layout.knownTitle && lined.includes("[")) {
    const known = layout.knownTitle;
    lined = lined.replace(BRACKET_HEADING, (m, indent2, title) => known(title) ? `${indent2}${title}: ` : m);
  }
  if (layout.knownTitle && lined.includes("  ")) {
    const known = layout.knownTitle;
    const text = lined;
    const lineEnd2 = (at) => {
      const nl3 = text.indexOf("\n", at);
      return nl3 < 0 ? text.length : nl3;
    };
    const field = (label, at) => lineEnd2(at) - at <= FIELD_LINE_MAX && known(label);
    const columns = /* @__PURE__ */ new Map();
    SPACED_LABEL.lastIndex = 0;
    for (let m = SPACED_LABEL.exec(text); m; m = SPACED_LABEL.exec(text)) if (field(m[1], m.index)) columns.set(m[0].length, (columns.get(m[0].length) ?? 0) + 1);
    const column = [...columns].find(([, n]) => n >= 2)?.[0];
    if (column !== void 0) lined = text.replace(SPACED_LABEL, (m, label, gap, at) => m.length === column && field(label, at) ? `${label}:${gap.slice(1)}` : m);
  }
  let tabs = input.includes("	") ? input.split(/\r\n|[\r\n\f\v\u2028\u2029]/).map((l) => l.split("	").length - 1) : void 0;
  const page2 = pageMarkerOf(layout.pageMarkers);
  const screen = screenOf(layout.pageScreen);
  if (page2 && (!screen || screen.test(lined)) && page2.test(lined)) {
    const dropped = dropPageFurniture(lined, map, page2, pageMarkerOf(layout.pageFurniture));
    if (dropped) {
      ({ text: lined, map } = dropped);
      if (tabs) tabs = tabs.filter((_, i) => !dropped.lines.has(i));
    }
  }
  if (layout.ocrLetters) lined = ocrLetters(lined, layout.ocrLetters);
  let joined = runOnCommas(joinWrappedLines(lined, layout, tabs));
  if (layout.dictation) {
    const opening = [];
    let said = dictated(joined, layout.dictation, opening);
    if (said.length) {
      joined = saidLinesGoOn(joined, said, opening);
      said = dictated(joined, layout.dictation);
      lined = spliced(lined, null, said).text;
      ({ text: joined, map } = spliced(joined, map, said));
    }
  }
  const spans = layout.edits?.length ? editSpans(joined, layout.edits) : [];
  if (spans.length) {
    const text = spliced(joined, map, spans);
    return { input, text: text.text, map: text.map, lineStarts: lineStarts2, layout: spliced(lined, map, spans).text };
  }
  return { input, text: joined, map, lineStarts: lineStarts2, layout: lined };
}
var dictationCache = /* @__PURE__ */ new WeakMap();
function dictated(text, d, opening) {
  if (!Object.keys(d.marks).length) return [];
  const { re, marks } = compiledOnce(dictationCache, d, (x) => {
    const not = x.notBefore.length ? `(?![ \\t]+(?:${phrases(x.notBefore)})(?![A-Za-z]))` : "";
    return {
      re: new RegExp(`\\b(${phrases(Object.keys(x.marks))})(?![A-Za-z0-9])${not}`, "gi"),
      marks: new Map(Object.entries(x.marks).map(([w, m]) => [w.toLowerCase().replace(/\s+/g, " "), m]))
    };
  });
  const hits = [];
  const kinds = /* @__PURE__ */ new Set();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const mark = marks.get(m[1].toLowerCase().replace(/\s+/g, " "));
    if (mark === void 0) continue;
    let from = m.index;
    while (from > 0 && (text[from - 1] === " " || text[from - 1] === "	")) from--;
    if (from === m.index || from === 0 || /\s/.test(text[from - 1])) {
      if (from === 0 || text[from - 1] === "\n") opening?.push(from);
      continue;
    }
    kinds.add(mark);
    hits.push({ from, to: m.index + m[0].length, mark });
  }
  if (hits.length < d.minCount || kinds.size < 2) return [];
  return hits.map((h) => {
    const said = text.slice(h.from, h.to);
    return { from: h.from, to: h.to, put: h.mark, at: h.from + said.length - said.trimStart().length };
  });
}
function saidLinesGoOn(text, said, opening) {
  const saying = /* @__PURE__ */ new Set();
  for (const h of said) saying.add(text.lastIndexOf("\n", h.from));
  for (const at of opening) saying.add(at - 1);
  const ends = new Set(said.map((h) => h.to));
  const joins = [];
  for (let nl3 = text.indexOf("\n"); nl3 >= 0; nl3 = text.indexOf("\n", nl3 + 1)) {
    const start = text.lastIndexOf("\n", nl3 - 1);
    const after = text.indexOf("\n", nl3 + 1);
    const next = text.slice(nl3 + 1, after < 0 ? void 0 : after);
    const line = text.slice(start + 1, nl3).trimEnd();
    if (!line || !next.trim() || ITEM_START.test(next) || /[.;:!?,]$/.test(line) || ends.has(start + 1 + line.length)) continue;
    if (!saying.has(start) || !saying.has(nl3)) continue;
    joins.push({ from: nl3, to: nl3 + 1, put: " " });
  }
  return joins.length ? spliced(text, null, joins).text : text;
}
function spliced(text, map, spans) {
  const parts = [];
  let size = text.length + 1;
  for (const h of spans) size += h.put.length - (h.to - h.from);
  const out = new Int32Array(size);
  const to = (x) => map ? map[x] : x;
  let j = 0;
  let last = 0;
  for (const h of spans) {
    parts.push(text.slice(last, h.from), h.put);
    for (let x = last; x < h.from; x++) out[j++] = to(x);
    for (let k = 0; k < h.put.length; k++) out[j++] = to(h.at ?? h.from);
    last = h.to;
  }
  parts.push(text.slice(last));
  for (let x = last; x < text.length; x++) out[j++] = to(x);
  out[j] = to(text.length);
  return { text: parts.join(""), map: out };
}
var SEGMENT = /^[ \t]*([A-Za-z][A-Za-z0-9]{2})\|/;
function segmentSpans(text, hl7) {
  const lines = text.split("\n");
  let count = 0;
  for (const l of lines) {
    const m = SEGMENT.exec(l);
    if (m && hl7.textFields[m[1].toUpperCase()] !== void 0) count++;
  }
  if (count < hl7.minLines) return [];
  const escapes = Object.keys(hl7.escapes);
  const spans = [];
  let at = 0;
  let inText = false;
  for (const l of lines) {
    const m = SEGMENT.exec(l);
    const field = m ? hl7.textFields[m[1].toUpperCase()] : void 0;
    if (!m && inText) {
      const end = l.indexOf("|");
      if (end >= 0) spans.push({ from: at + end, to: at + l.length, put: "", at: at + end });
    }
    inText = field !== void 0 || !m && inText && l.trim() !== "";
    if (m && field === void 0) {
      spans.push({ from: at, to: Math.min(text.length, at + l.length + 1), put: "", at });
    } else if (m && field !== void 0) {
      let start = 0;
      for (let k = 0; k < field && start >= 0; k++) start = l.indexOf("|", start) + 1 || -1;
      if (start < 0) start = l.length;
      const end = l.indexOf("|", start);
      spans.push({ from: at, to: at + start, put: "", at });
      for (let i = start; i < (end < 0 ? l.length : end); i++) {
        if (l.charCodeAt(i) !== 92) continue;
        const e = escapes.find((x) => l.startsWith(x, i));
        if (e === void 0) continue;
        spans.push({ from: at + i, to: at + i + e.length, put: hl7.escapes[e], at: at + i });
        i += e.length - 1;
      }
      if (end >= 0) spans.push({ from: at + end, to: at + l.length, put: "", at: at + end });
    }
    at += l.length + 1;
  }
  return spans;
}
var editCache = /* @__PURE__ */ new WeakMap();
function editSpans(text, patterns) {
  const re = compiledOnce(editCache, patterns, (ps) => new RegExp(ps.map((x) => `(?:${x})`).join("|"), "gi"));
  const spans = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].length) {
      re.lastIndex++;
      continue;
    }
    const kept = m.slice(1).find((g) => g !== void 0);
    if (kept === void 0) spans.push({ from: m.index, to: m.index + m[0].length, put: " ", at: m.index });
    else {
      const inner = m.index + m[0].indexOf(kept);
      spans.push({ from: m.index, to: inner, put: "", at: m.index }, { from: inner + kept.length, to: m.index + m[0].length, put: "", at: inner + kept.length });
    }
  }
  return spans;
}
var ocrCache = /* @__PURE__ */ new WeakMap();
function midLabel(line, continues) {
  if (!continues) return false;
  const m = /^[ ]*([A-Za-z][A-Za-z0-9 /&'-]{0,40}):/.exec(line);
  if (!m) return false;
  const words = m[1].trim().split(/\s+/);
  return words.length >= 2 && words.slice(0, -1).some((w) => continues.test(w));
}
var isAsciiLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
function ocrLetters(text, letters) {
  const map = compiledOnce(ocrCache, letters, (l) => new Map(Object.entries(l).filter(([d, x]) => /^\d$/.test(d) && /^[a-z]$/i.test(x)).map(([d, x]) => [d.charCodeAt(0), x])));
  const hits = [];
  for (const code of map.keys()) {
    const ch = String.fromCharCode(code);
    for (let i = text.indexOf(ch, 1); i >= 0 && i < text.length - 1; i = text.indexOf(ch, i + 1)) {
      const b = text.charCodeAt(i - 1);
      const n = text.charCodeAt(i + 1);
      if (!isAsciiLetter(b) || !isAsciiLetter(n)) continue;
      hits.push({ at: i, ch: b <= 90 && n <= 90 ? map.get(code).toUpperCase() : map.get(code).toLowerCase() });
    }
  }
  if (!hits.length) return text;
  hits.sort((x, y) => x.at - y.at);
  let last = 0;
  const parts = [];
  for (const h of hits) {
    parts.push(text.slice(last, h.at), h.ch);
    last = h.at + 1;
  }
  parts.push(text.slice(last));
  return parts.join("");
}
var pageCache = /* @__PURE__ */ new WeakMap();
function pageMarkerOf(res) {
  if (!res?.length) return void 0;
  return compiledOnce(pageCache, res, (r) => new RegExp(r.map((x) => `(?:${x})`).join("|"), "im"));
}
var screenCache = /* @__PURE__ */ new WeakMap();
function screenOf(words) {
  if (!words?.length) return void 0;
  return compiledOnce(screenCache, words, (w) => new RegExp(phrases(w), "i"));
}
function dropPageFurniture(text, map, marker, extra) {
  const lines = text.split("\n");
  const key2 = (l) => l.trim().replace(/\s+/g, " ").toLowerCase();
  const seen = /* @__PURE__ */ new Map();
  for (const l of lines) {
    const k = key2(l);
    if (k.length >= 6) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const isMarker = (i) => lines[i].length <= 160 && marker.test(lines[i]);
  const furniture = (i) => isMarker(i) || (seen.get(key2(lines[i])) ?? 0) > 1 || extra !== void 0 && extra.test(lines[i]);
  const blank = (i) => lines[i].trim() === "";
  const drop = /* @__PURE__ */ new Set();
  for (let i = 0; i < lines.length; i++) {
    if (drop.has(i) || !isMarker(i)) continue;
    let from = i;
    let to = i;
    for (let j = from - 1; j >= 0; j--) {
      if (blank(j)) continue;
      if (!furniture(j)) break;
      from = j;
    }
    for (let j = to + 1; j < lines.length; j++) {
      if (blank(j)) continue;
      if (!furniture(j)) break;
      to = j;
    }
    let before = from - 1;
    while (before >= 0 && blank(before)) before--;
    let after = to + 1;
    while (after < lines.length && blank(after)) after++;
    if (before < 0 || after >= lines.length) {
      i = to;
      continue;
    }
    const cut = !/[.!?:]["')\]]*\s*$/.test(lines[before]);
    for (let j = cut ? before + 1 : from; j <= (cut ? after - 1 : to); j++) drop.add(j);
    i = to;
  }
  if (!drop.size || drop.size === lines.length) return null;
  const ranges = [];
  let start = 0;
  lines.forEach((l, i) => {
    const end = start + l.length + (i < lines.length - 1 ? 1 : 0);
    if (!drop.has(i)) ranges.push(start, end);
    start = end;
  });
  return { ...keepRanges(text, map, ranges), lines: drop };
}
function keepRanges(text, map, ranges) {
  const cuts = [];
  let last = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    if (ranges[r] > last) cuts.push({ from: last, to: ranges[r], put: "" });
    last = ranges[r + 1];
  }
  if (last < text.length) cuts.push({ from: last, to: text.length, put: "" });
  return spliced(text, map, cuts);
}
function commonIndent(text) {
  let min = Infinity;
  for (let start = 0; start <= text.length && min > 0; ) {
    const nl3 = text.indexOf("\n", start);
    const end = nl3 < 0 ? text.length : nl3;
    let n = start;
    while (n < end && text.charCodeAt(n) === 32) n++;
    if (n < end && text.charCodeAt(n) !== 9) min = Math.min(min, n - start);
    else if (n < end) min = 0;
    if (nl3 < 0) break;
    start = nl3 + 1;
  }
  return min === Infinity ? 0 : min;
}
function dedent(text, indent, map) {
  const ranges = [];
  for (let start = 0; start <= text.length; ) {
    const nl3 = text.indexOf("\n", start);
    const end = nl3 < 0 ? text.length : nl3 + 1;
    ranges.push(Math.min(start + indent, end - (nl3 < 0 ? 0 : 1)), end);
    if (nl3 < 0) break;
    start = end;
  }
  return keepRanges(text, map, ranges);
}
function lineCol(doc, inputOffset2) {
  const ls = doc.lineStarts;
  let lo = 0;
  let hi = ls.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (ls[mid] <= inputOffset2) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: inputOffset2 - ls[lo] + 1 };
}
function evidenceAt(doc, start, end) {
  const m = doc.map;
  const a = m ? m[start] : start;
  const b = end > start ? (m ? m[end - 1] : end - 1) + 1 : a;
  const { line, column } = lineCol(doc, a);
  return { text: doc.input.slice(a, b), line, column };
}

// src/text/sentences.ts
var TITLES = /(?:^|[^A-Za-z])(?:dr|mr|mrs|ms|prof|st|sr|jr|vs|approx|fig|cf|ca|e\.g|i\.e|viz|resp|ref)$/i;
var BEFORE_NUMBER = /(?:^|[^A-Za-z])(?:no|nos|nr|num|approx|vol|sz|size|#)$/i;
var LIST_ITEM = /^[ ]*(?:\(?\d{1,2}[.)]|\(?[a-z]\)|[-*\u2022\u25cf\u25aa])[ ]+/;
var OUTLINE = /^[ ]*\d{1,2}(?:\.\d{1,2}){1,3}\.?[ ]+(?=[A-Za-z])/;
var LETTER_ITEM = /^[ ]*\(?[A-Za-z]\.[ ]+(?=\S)/;
function runItem(re, text, lineStart) {
  const end = text.indexOf("\n", lineStart);
  const m = re.exec(text.slice(lineStart, end < 0 ? text.length : end));
  if (!m) return null;
  const prevStart = lineStart > 0 ? text.lastIndexOf("\n", lineStart - 2) + 1 : -1;
  const prev = prevStart >= 0 ? text.slice(prevStart, lineStart - 1) : "";
  const next = end < 0 ? "" : text.slice(end + 1, (text.indexOf("\n", end + 1) + 1 || text.length + 1) - 1);
  return re.test(prev) || re.test(next) ? m : null;
}
var INLINE_MARKER = /(?:^|(?<=[\s:]))\(?(\d{1,2})\)[ \t]+(?=\S)/g;
function inlineItems(text, a, b) {
  const seg = text.slice(a, b);
  if (!seg.includes(")")) return [];
  const out = [];
  let want = 1;
  INLINE_MARKER.lastIndex = 0;
  for (let m = INLINE_MARKER.exec(seg); m; m = INLINE_MARKER.exec(seg)) {
    if (Number(m[1]) !== want) continue;
    if (want === 1) {
      if (!/(?:^|:)\s*$/.test(seg.slice(0, m.index))) continue;
    } else out.push(a + m.index);
    want++;
  }
  return out;
}
var BREAKS = /[\n.!?]/g;
var NEXT_ANY = /[A-Za-z0-9"'(\[#\u2022~\u2248-]/;
var HAS_WORD = /[A-Za-z0-9]/;
var FORM_ANSWER = /^[ \t]{2,}[^\s?][^\n?]*(?:\n|$)/;
var CLOSERS = /* @__PURE__ */ new Set([34, 39, 41, 93, 8221, 8217]);
var LINE_SECTIONS = /* @__PURE__ */ new Set(["procedure", "diagnosis", "implants", "notdone", "other"]);
function cells(text, from, to) {
  let n = 0;
  for (let x = from; x < to; x++) if (text.charCodeAt(x) === 124 && ++n === 2) return true;
  return false;
}
function lineEnd(text, at, end) {
  const nl3 = text.indexOf("\n", at);
  return nl3 < 0 || nl3 > end ? end : nl3;
}
function splitSentences(text, sections) {
  const anyPipe = text.includes("|");
  const out = [];
  const NEXT = NEXT_ANY;
  sections.forEach((sec, si) => {
    const push = (a, b) => {
      const items = inlineItems(text, a, b);
      if (items.length) {
        let from = a;
        for (const at of items) {
          pushOne(from, at);
          from = at;
        }
        pushOne(from, b);
        return;
      }
      pushOne(a, b);
    };
    const pushOne = (a, b) => {
      while (a < b && text.charCodeAt(a) <= 32) a++;
      while (b > a && text.charCodeAt(b - 1) <= 32) b--;
      let lm = LIST_ITEM.exec(text.slice(a, Math.min(b, a + 8)));
      const c0 = text.charCodeAt(a);
      const itemRe = lm ? void 0 : c0 >= 48 && c0 <= 57 ? OUTLINE : isAsciiLetter(c0) ? LETTER_ITEM : void 0;
      if (itemRe) {
        const lineStart = text.lastIndexOf("\n", a - 1) + 1;
        if (/^[ ]*$/.test(text.slice(lineStart, a)) && runItem(itemRe, text, lineStart)) lm = itemRe.exec(text.slice(a, Math.min(b, a + 16)));
      }
      if (lm && a + lm[0].length < b) a += lm[0].length;
      if (b > a && HAS_WORD.test(text.slice(a, b))) {
        out.push({ start: a, end: b, text: text.slice(a, b), section: si, category: sec.category });
      }
    };
    const lineMode = LINE_SECTIONS.has(sec.category);
    let s = sec.bodyStart;
    const end = sec.end;
    const upTo = end === text.length ? text : text.slice(0, end);
    BREAKS.lastIndex = s;
    for (let bm = BREAKS.exec(upTo); bm; bm = BREAKS.exec(upTo)) {
      const i = bm.index;
      const ch = text[i];
      if (ch === "\n") {
        const lim = Math.min(end, i + 12);
        let j = i + 1;
        while (j < lim && text.charCodeAt(j) === 32) j++;
        const nextCh = j < lim ? text.charCodeAt(j) : -1;
        const blank = nextCh === 10;
        let k2 = text.lastIndexOf("\n", i - 1) + 1;
        while (k2 < i && text.charCodeAt(k2) === 32) k2++;
        const row2 = nextCh === 124 || k2 < i && text.charCodeAt(k2) === 124 || anyPipe && cells(text, k2, i) && cells(text, j, lineEnd(text, j, end));
        if (lineMode || blank || row2 || LIST_ITEM.test(text.slice(i + 1, Math.min(end, i + 12))) || nextCh >= 48 && nextCh <= 57 && (runItem(OUTLINE, text, i + 1) || runItem(TIMED_ENTRY, text, i + 1)) || isAsciiLetter(nextCh) && text.charCodeAt(j + 1) === 46 && runItem(LETTER_ITEM, text, i + 1)) {
          push(s, i);
          s = i + 1;
        }
        continue;
      }
      if (ch !== "." && ch !== "!" && ch !== "?") continue;
      if (ch === "?" && FORM_ANSWER.test(text.slice(i + 1, Math.min(end, i + 100)))) continue;
      let close = i + 1;
      while (close < end && close - i <= 2 && CLOSERS.has(text.charCodeAt(close))) close++;
      const quoted = close > i + 1 && (close >= end || text[close] === " " || text[close] === "\n");
      const next = quoted ? text[close] : text[i + 1];
      const glued = ch === "." && next !== void 0 && /^[A-Za-z]{2}/.test(text.slice(i + 1, i + 3)) && /[A-Za-z]{2}$/.test(text.slice(Math.max(0, i - 2), i));
      if (next !== void 0 && next !== " " && next !== "\n" && !glued) continue;
      let k = quoted ? close : i + 1;
      while (k < end && (text[k] === " " || text[k] === "\n")) k++;
      if (k < end && !NEXT.test(text[k])) continue;
      if (ch === ".") {
        let dots = 1;
        while (dots < 3 && text[i - dots] === ".") dots++;
        if (dots >= 3 && /^[ \t]*(?:\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612]|\([ xX\u2022\u25cf*]?\))/.test(text.slice(i + 1, i + 8))) continue;
        const before = text.slice(Math.max(sec.bodyStart, i - 8), i);
        if (TITLES.test(before)) continue;
        const token = /\S*$/.exec(text.slice(Math.max(sec.bodyStart, i - 10), i))[0];
        if (/^(?=[^.]*[A-Za-z])[A-Za-z0-9]{1,3}(?:\.[A-Za-z0-9]{1,3})+$/.test(token) && /[A-Za-z]/.test(token)) continue;
        if (BEFORE_NUMBER.test(before) && /[0-9]/.test(text[k] ?? "")) continue;
        if (i - s < 12 && /^\s*\d{1,2}$/.test(text.slice(s, i))) continue;
        if (i - s < 12 && /^\s*[A-Za-z]$/.test(text.slice(s, i)) && runItem(LETTER_ITEM, text, text.lastIndexOf("\n", i - 1) + 1)) continue;
        if (/(?:^|[^A-Za-z])[A-Z]$/.test(before) && /[A-Z][a-z]/.test(text.slice(k, k + 2)) && !/\d/.test(before)) continue;
      }
      const after = quoted ? close : i + 1;
      push(s, after);
      s = after;
    }
    push(s, end);
  });
  return out;
}

// src/query.ts
var QueriesSchema = lazy(() => {
  const z = zod();
  const Template = z.strictObject({ title: z.string().min(1), question: z.string().min(1), options: z.array(z.string().min(1)).optional() });
  return z.strictObject({
    // defaults keep a user's queries.yaml written before these keys existed valid
    heading: z.string().min(1).default("Physician documentation query (draft)"),
    fields: z.array(z.string().min(1)).min(1).default(["Patient", "Record number", "Date of service", "To", "From", "Date of query"]),
    intro: z.string().min(1).default(
      'The operative note was reviewed for completeness and clarity. Please answer each question below in an addendum to the operative note, based on your independent clinical judgment. Any answer, including "Clinically unable to determine", is acceptable.'
    ),
    closing: z.array(z.string().min(1)).default(["Thank you."]),
    other: z.string().min(1),
    unable: z.string().min(1),
    siteOptions: z.array(z.string().min(1)),
    /** How a question asked again for another device is told apart: "{n}" is the device's ordinal. */
    repeatedFor: z.string().min(1).default("({n} device)"),
    /** Ordinals of the second, third... device; past the list, the number and `ordinalSuffix`. */
    ordinals: z.array(z.string().min(1)).default(["first", "second", "third", "fourth", "fifth"]),
    ordinalSuffix: z.string().default("th"),
    templates: z.record(z.string(), Template)
  });
});
var WIDTH2 = 80;
var MAX_QUOTE = 300;
var MIN_QUOTE = 24;
function wrap2(text, indent, hanging = indent, width = WIDTH2) {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const out = [];
  let line = "";
  for (const w of words) {
    const prefix = out.length === 0 ? indent : hanging;
    if (line && prefix.length + line.length + 1 + w.length > width) {
      out.push(prefix + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push((out.length === 0 ? indent : hanging) + line);
  return out;
}
function quotableNote(text) {
  const doc = normalize(text);
  const sections = findSections(doc.text);
  return { doc, sections, sentences: splitSentences(doc.text, sections) };
}
function inputOffset(doc, ev) {
  const ls = doc.lineStarts[ev.line - 1];
  if (ls !== void 0) {
    const at = ls + ev.column - 1;
    if (doc.input.startsWith(ev.text, at)) return at;
  }
  return doc.input.indexOf(ev.text);
}
function textOffset(doc, input) {
  const m = doc.map;
  if (!m) return input;
  let lo = 0;
  let hi = m.length - 1;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (m[mid] < input) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function inputSlice(doc, start, end) {
  const m = doc.map;
  const a = m ? m[start] : start;
  const b = end > start ? (m ? m[end - 1] : end - 1) + 1 : a;
  return doc.input.slice(a, b).replace(/\s+/g, " ").trim();
}
function shorten(s, from, to) {
  if (s.length <= MAX_QUOTE) return s;
  const mid = Math.floor((from + to) / 2);
  let a = Math.max(0, Math.min(mid - MAX_QUOTE / 2, s.length - MAX_QUOTE));
  let b = Math.min(s.length, a + MAX_QUOTE);
  if (a > 0) a = s.indexOf(" ", a) + 1 || a;
  if (b < s.length) b = s.lastIndexOf(" ", b) > a ? s.lastIndexOf(" ", b) : b;
  return `${a > 0 ? "..." : ""}${s.slice(a, b).trim()}${b < s.length ? "..." : ""}`;
}
function sectionTitle(raw) {
  const words = raw.replace(/[\s:,]+$/, "").trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i).join(" ");
    if (tail.length <= 60 && categoryOf(tail) !== void 0) return BILLING.test(tail) ? "" : tail;
  }
  return "";
}
function quoteEvidence(note2, ev) {
  const { doc, sentences } = note2;
  const inAt = inputOffset(doc, ev);
  if (inAt < 0) return void 0;
  const t = textOffset(doc, inAt);
  let idx = sentences.findIndex((s2) => s2.start <= t && t < s2.end);
  if (idx < 0) idx = sentences.findIndex((s2) => s2.start >= t);
  if (idx < 0) return void 0;
  const s = sentences[idx];
  const full = inputSlice(doc, s.start, s.end);
  const evText = ev.text.replace(/\s+/g, " ").trim();
  const rel = Math.max(0, full.indexOf(evText));
  const title = sectionTitle(note2.sections[s.section]?.title ?? "");
  let text = shorten(full, rel, rel + evText.length);
  const prev = sentences[idx - 1];
  if (text.length < MIN_QUOTE && prev && prev.section === s.section) {
    text = `${shorten(inputSlice(doc, prev.start, prev.end), 0, 0)} ... ${text}`;
  }
  return { section: title, category: s.category, text, sentence: idx };
}
var SITE_ELEMENTS = /* @__PURE__ */ new Set(["placement-site", "removal-site"]);
var REMOVAL_ELEMENTS = /* @__PURE__ */ new Set(["removal-site", "device-removed", "completeness", "removal-reason", "staged-link"]);
function actionOf(result) {
  return result.elements.some((e) => REMOVAL_ELEMENTS.has(e.id)) ? "remove" : "insert";
}
function noteAnswers(el, events) {
  if (SITE_ELEMENTS.has(el.id)) return !events.some((e) => e.site === "unspecified");
  if (el.id === "fabrication") return el.status === "fail" && el.evidence.length > 0;
  if (el.id === "primary-procedure") {
    if (el.status !== "fail") return true;
    return /\b(?:only procedure|20680)\b/i.test(el.message);
  }
  return false;
}
function evidenceFor(el, events) {
  if (SITE_ELEMENTS.has(el.id)) {
    const unsited = events.filter((e) => e.site === "unspecified");
    return [...unsited.flatMap((e) => e.evidence), ...el.evidence];
  }
  return [...el.evidence, ...events.flatMap((e) => [...e.evidence].reverse())];
}
var CATEGORY_RANK = {
  narrative: 0,
  findings: 1,
  none: 2,
  procedure: 3,
  implants: 3,
  other: 4,
  plan: 5,
  indications: 6,
  diagnosis: 6,
  history: 7
};
var BILLING = /\b(?:CPT|HCPCS|codes?|coding|billing|charges?|modifiers?)\b|\b\d{5}\b/i;
var rankOf = (q) => (CATEGORY_RANK[q.category] ?? 4) + (BILLING.test(q.text) ? 10 : 0);
var NOT_TODAY = /* @__PURE__ */ new Set(["history", "indications", "plan", "diagnosis"]);
function siteOfResult(result) {
  const code = result.code ?? "20702";
  return isFamilyCode(code) ? getCodeInfo(code).site : "intramedullary";
}
function questionsFor(result, note2, q) {
  if (result.status === "error") return [];
  const action = actionOf(result);
  const site = siteOfResult(result);
  const rank = (e) => e.site === site ? 0 : e.site === "unspecified" ? 1 : 2;
  const events = result.devices.filter((d) => d.action === action).sort((a, b) => rank(a) - rank(b));
  if (events.length === 0) return [];
  const eventQuotes = events.flatMap((e) => e.evidence).map((ev) => quoteEvidence(note2, ev)).filter((x) => !!x);
  if (eventQuotes.length && eventQuotes.every((x) => NOT_TODAY.has(x.category))) return [];
  const out = [];
  for (const el of result.elements) {
    if (el.status !== "fail" && el.status !== "warn") continue;
    const template = q.templates[el.id];
    if (!template) continue;
    if (noteAnswers(el, events)) continue;
    const quotes2 = evidenceFor(el, events).map((ev) => quoteEvidence(note2, ev)).filter((x) => !!x);
    const quote2 = quotes2.reduce((best, x) => !best || rankOf(x) < rankOf(best) ? x : best, void 0);
    out.push({ key: el.id, template, quote: quote2 });
  }
  return out;
}
function render(questions, q, removal) {
  const out = [];
  out.push(q.heading);
  out.push("");
  const width = Math.max(...q.fields.map((f) => f.length));
  for (const f of q.fields) out.push(`${`${f}:`.padEnd(width + 2)}${"_".repeat(30)}`);
  out.push("");
  out.push(...wrap2(q.intro, ""));
  const quoted = /* @__PURE__ */ new Map();
  const titles = /* @__PURE__ */ new Map();
  questions.forEach((qu, i) => {
    const t = qu.template;
    const asked = titles.get(t.title) ?? 0;
    titles.set(t.title, asked + 1);
    out.push("");
    out.push(`${i + 1}. ${t.title}${asked ? ` ${q.repeatedFor.replace("{n}", q.ordinals[asked] ?? `${asked + 1}${q.ordinalSuffix}`)}` : ""}`);
    if (qu.quote) {
      const seen = quoted.get(qu.quote.sentence);
      if (seen !== void 0) {
        out.push(...wrap2(`The note: see the sentence quoted in question ${seen}.`, "   "));
      } else {
        quoted.set(qu.quote.sentence, i + 1);
        const where = qu.quote.section ? `In the ${qu.quote.section} section, the note states:` : "The note states:";
        out.push(...wrap2(where, "   "));
        out.push(...wrap2(`"${qu.quote.text}"`, "   ", "    "));
      }
    } else {
      out.push("   The note does not describe this.");
    }
    out.push(...wrap2(t.question.replace("{action}", removal ? "removal" : "placement"), "   ", "   "));
    if (t.options) {
      for (const o of [...t.options, q.other, q.unable]) out.push(...wrap2(`[ ] ${o}`, "   ", "       "));
    } else {
      out.push(`   ${"_".repeat(60)}`);
      out.push(`   [ ] ${q.unable}`);
    }
  });
  out.push("");
  for (const c of q.closing) out.push(...wrap2(c, ""));
  return out.join("\n") + "\n";
}
function loadQueries(patternDirs = []) {
  return loadPack("queries.yaml", QueriesSchema, [...patternDirs]);
}
function draftQuery(result, noteText, note2 = quotableNote(noteText), patternDirs = []) {
  const q = loadQueries(patternDirs);
  const questions = questionsFor(result, note2, q);
  if (questions.length === 0) return void 0;
  return render(questions, q, actionOf(result) === "remove");
}
function fixesInNoteWords(result, noteText) {
  const action = actionOf(result);
  const site = siteOfResult(result);
  if (site === "unspecified") return result.elements;
  if (!result.elements.some((e) => e.fix && e.fix.includes("["))) return result.elements;
  const events = result.devices.filter((d) => d.action === action && (d.site === site || d.site === "unspecified"));
  let name;
  if (events.length) {
    const own = siteNames(events, site).filter((n) => n !== "unnamed site");
    const whole = own.length ? own : siteNames([{ action, site, evidence: [{ text: noteText, line: 1, column: 1 }] }], site).filter((n) => n !== "unnamed site");
    if (whole.length === 1) name = whole[0];
  }
  const named = (id) => {
    const e = result.elements.find((x) => x.id === id);
    return e && e.status === "pass" && e.evidence[0] ? e.evidence[0].text.replace(/\s+/g, " ").trim() : void 0;
  };
  const carrier = named("carrier");
  const drug = named("drug");
  return result.elements.map((e) => {
    if (!e.fix) return e;
    let fix = e.fix;
    if (name) fix = fix.replace(/\[side\] \[(?:bone|joint|region)\]|\[(?:bone|joint|region)\]/g, name);
    if (carrier) fix = fix.replace(/\[carrier\]/g, carrier);
    if (drug) fix = fix.replace(/\[drug\]/g, drug);
    return fix === e.fix ? e : { ...e, fix };
  });
}

// src/nlp/grammar.ts
var __schemas7 = lazy(() => {
  const z = zod();
  const phrases2 = z.array(z.string().min(1));
  const GrammarSchema2 = z.strictObject({
    codes: z.strictObject({
      /** Code numbers a primary procedure may have (inclusive ranges of five-digit CPT codes). */
      primaryRanges: z.array(z.tuple([z.number().int(), z.number().int()])).min(1),
      /** Words before a number that mark it as a procedure code ("CPT", "CPT®", "code"). */
      markers: phrases2,
      /** Labels of a block or line whose five-digit numbers are codes ("Coding:", "Charges:"). */
      blockLabels: phrases2,
      /** Two-character modifiers written after a code ("-RT", "-59", "-XS"). */
      modifiers: phrases2,
      /**
       * Letters a scanner's text recognition puts for digits ("2747O", "l1043"), each with its digit: a code written
       * with them is read as the code, when at least `minDigits` of its five characters are digits.
       */
      ocrDigits: z.strictObject({ letters: z.record(z.string().length(1), z.string().regex(/^\d$/)), minDigits: z.number().int().min(1).max(5) }).optional(),
      /** Words before a number that make it something else (a lot, a phone, a record number). */
      notCodeBefore: phrases2,
      /** Words after a number that make it a measurement, a date part or an identifier, not a code. */
      notCodeAfter: phrases2,
      /** Words in a sentence that name procedures, so that a bare code there is one ("performed", "procedure"). */
      procedureWords: phrases2
    }),
    timeline: z.strictObject({
      serviceLabels: phrases2,
      operationWords: phrases2,
      months: phrases2,
      /** Labels of a day counted from admission ("hospital day 4") and words for the day of admission itself. */
      /** Words opening a line of text appended by billing or coding staff (an appeal worksheet, claim lines). */
      appendedWords: phrases2,
      appendedHeadings: phrases2.default([]),
      /**
       * A document about the note placed before it (a payer's denial, an appeal letter, a pre-bill review sheet): the
       * text before the note's own title line (a line opening with one of `noteTitles`, or a capitals name and a dash
       * before one) documents nothing when it says at least `minCues` different words of `cues`.
       */
      documentBefore: z.strictObject({ noteTitles: phrases2, cues: phrases2, minCues: z.number().int().positive() }).optional(),
      /**
       * Versions of one note pasted together ("== VERSION 1 ==" / "== VERSION 2 (FINAL) =="): a line opening with one of
       * `words` and a number heads a version; the one whose heading says one of `finalWords` (else the highest number)
       * is the note, and the others document nothing.
       */
      versions: z.strictObject({ words: phrases2, finalWords: phrases2, superseded: phrases2.default([]), superseding: phrases2.default([]) }).default({ words: [], finalWords: [], superseded: [], superseding: [] }),
      dayLabels: phrases2,
      admissionDayWords: phrases2,
      earlierWords: phrases2,
      countedFromWords: phrases2,
      stageOnlyEarlierWords: phrases2,
      currentStageAfter: phrases2.default([]),
      prepositionAfterWords: phrases2,
      todayWords: phrases2,
      earlierAnchors: phrases2,
      /** Participles after which an earlier time dates what they refer to, not the sentence ("the load used at the first stage"). */
      referenceParticiples: phrases2.default([]),
      /** Words measuring a time since an earlier event ("nine days after the beads were taken out"). */
      intervalWords: phrases2.default([]),
      todayAnchors: phrases2,
      planTimeWords: phrases2.default([]),
      /** Words that open a procedure-list item naming today's staged procedure ("Planned repeat debridement"). */
      stagedItemWords: phrases2,
      correctionWords: phrases2,
      attestationWords: phrases2,
      /** Labels of a note part's byline ("Author:", "Date:", "Signed:"): a correction's heading goes on over them. */
      bylineLabels: phrases2.default([]),
      proseWords: phrases2,
      /** Verbs that make a line a clause, never an operation heading ("A new rod was made ... at the first stage:"). */
      clauseVerbs: phrases2.default([]),
      headingMaxLength: z.number().int().positive(),
      /** How many lines below a note's title its date-of-service field may stand, in a print of several notes. */
      serviceFieldLines: z.number().int().positive().default(6),
      bannerMaxLength: z.number().int().positive(),
      operationStartWords: phrases2
    }),
    coreference: z.strictObject({
      anaphors: phrases2,
      /** Descriptions of the made device ("the construct"): they refer to the last device of their section, however far. */
      descriptiveAnaphors: phrases2.default([]),
      /** "The former" and "the latter": the earlier or the later of the last two devices told in the section. */
      formerAnaphors: phrases2.default([]),
      latterAnaphors: phrases2.default([]),
      pronouns: phrases2,
      /**
       * Demonstratives that stand for the last device only before a linking verb and a verb of a way in ("This was
       * inserted into the reamed canal"), not before any other verb ("This was used as a landmark").
       */
      demonstratives: phrases2.default([]),
      linkingVerbs: phrases2,
      amountVerbs: phrases2,
      materialWords: phrases2,
      separateMaterialWords: phrases2,
      /**
       * Words before a device named again in a procedure-list item that make it a new device of that kind ("New
       * hand-molded articulating spacer, right knee" after "Removal of antibiotic cement spacer"): the item lists it placed.
       */
      newDeviceWords: phrases2.default([]),
      /** Words that may stand between a separate-material word and its material word ("a separate small batch"). */
      separateMaterialGap: z.number().int().nonnegative().default(0),
      /** An amount this many words or fewer after a device names that device's measure ("the rod, 30 cm long"). */
      measureGap: z.number().int().nonnegative().default(3),
      /** Words that never stand in that gap ("a new nail with cement" names no separate material). */
      separateMaterialGapStops: phrases2.default([]),
      /** Units (quantities.yaml canonical names) of an amount of material: a sentence with one prepares material of its own. */
      materialUnits: phrases2.default(["g", "mg", "mcg", "cc", "mL", "packs"]),
      materialReferenceWords: phrases2,
      materialReferenceGap: z.number().int().nonnegative()
    }),
    devices: z.strictObject({
      /** Words right before a drug or drug word that say the drug is absent ("no antibiotic", "without vancomycin"). */
      drugAbsentWords: phrases2,
      /** Words that open a relative clause on a device ("the rod that we made ..."). */
      relativePronouns: phrases2,
      qualifierWindow: z.number().int().positive(),
      linkVerbs: phrases2,
      linkPrepositions: phrases2,
      linkRelatives: phrases2,
      attachedWindow: z.number().int().positive(),
      attachBreakWords: phrases2,
      spacerSkipContexts: phrases2,
      listCategories: phrases2,
      governBack: z.number().int().positive(),
      governForward: z.number().int().positive(),
      /** Past this many characters between a device's start and an action, the look back for its device stops. */
      governGiveUp: z.number().int().positive().default(400),
      /** Characters after an action word read for the preposition that gives its direction ("delivered into"). */
      directionReach: z.number().int().positive().default(40),
      /** Characters after a heading's action word read for the place it takes ("pressed into the joint"). */
      placeReach: z.number().int().positive().default(24),
      /** Characters before a device read for a word that tells its state, not an action ("well seated"). */
      stateLookback: z.number().int().positive().default(24),
      passiveAuxiliaries: phrases2,
      /** Words joining a verb to the one before it in its clause, sharing its subject and time ("was made ... and was inserted"). */
      verbJoiners: phrases2.default([]),
      /** Words of a device found where it lay, in a findings section ("Two bead strands in place in the pouch"). */
      foundInPlaceWords: phrases2.default([]),
      /** Prepositions right after a listed device that send it out ("Antibiotic cement rod out of the tibial canal"). */
      listedOutPrepositions: phrases2.default([]),
      /** Auxiliaries of the active perfect ("the cavity has filled with granulation tissue"): the noun before is the verb's subject. */
      perfectAuxiliaries: phrases2.default([]),
      passiveLookback: z.number().int().positive(),
      determiners: phrases2,
      clauseOpeners: phrases2,
      mouldWords: phrases2,
      instrumentPrepositions: phrases2,
      participleEndings: phrases2,
      presentParticipleEndings: phrases2,
      removalVerbEndings: phrases2,
      pastPerfectAuxiliaries: phrases2,
      pastPerfectSubordinators: phrases2,
      irregularParticiples: phrases2,
      reducedRelativeEndings: phrases2,
      relativeClauseBreaks: phrases2,
      relativeMainVerbs: phrases2,
      placementTimeWords: phrases2,
      datedActionWords: phrases2.default([]),
      presentAuxiliaries: phrases2,
      stateAdverbs: phrases2,
      asFoundWords: phrases2,
      ownObjectWords: phrases2,
      outwardPrepositions: phrases2,
      inwardPrepositions: phrases2,
      siteWindow: z.number().int().positive(),
      siteConjunctions: phrases2,
      awayFromWords: phrases2,
      landmarkWords: phrases2.default([]),
      /** Units of a distance, and the words after it, that make the place after them a reference point ("1 cm above the ankle joint"). */
      offsetUnits: phrases2.default([]),
      offsetDirections: phrases2.default([]),
      offsetCounts: phrases2.default([]),
      itemMaxLength: z.number().int().positive(),
      itemSeparatorWords: phrases2.default([]),
      replacedImplantWords: phrases2,
      /** Words that join a removed implant to the device put in its place, besides a comma ("... components with a spacer"). */
      replacedJoinWords: phrases2.default(["and"]),
      /** Words of an implants heading that name placement ("Implant / explant log"): such a log is no removal block. */
      placementHeadingWords: phrases2.default([]),
      /** Words of an implants heading that name removal as a noun ("Explant log", "Explants"): its rows came out. */
      removalHeadingWords: phrases2.default([]),
      /** Labels that only say where ("Where:", "Site:"): right after a device's block, they go on with it. */
      siteLabels: phrases2.default([]),
      /** Words that make the sentence's loaded material into the form after them ("to make a", "rolled into a"). */
      productPhrases: phrases2.default([]),
      /** Patterns (regular expressions) saying nothing of a device stayed in the patient ("no beads were left"). */
      nothingLeftPatterns: phrases2.default([]),
      /** A regular expression for the words before a placement word that make it the placement a count refers back to. */
      countOfWholeBefore: z.string().default("(?!)"),
      /** Characters before a form read for those words. */
      productReach: z.number().int().positive().default(48),
      siteFieldLabels: phrases2,
      notPlacedToday: phrases2,
      /** ... unless the word is part of one of these, which tell the device made where it lies ("molded in situ"). */
      notPlacedExceptions: phrases2.default([]),
      unusedSupplyWords: phrases2,
      ofPhraseStops: phrases2,
      /** After an exchange word and before its device (no other device between), one of these words opens the new
       * device ("exchange nailing of the femur with a coated nail"): the exchange inserts it and removes none of it. */
      exchangeNewWords: phrases2.default([])
    }),
    header: z.strictObject({
      surgeonFields: phrases2,
      otherPeople: phrases2,
      emptyValues: phrases2
    }),
    layout: z.strictObject({
      /** A line ending with one of these words continues on the next line. */
      continuationWords: phrases2,
      /**
       * A line with no closing punctuation goes on into a next line that opens with one of these words ("... ROLLED INTO
       * 20 BEADS" / "AND PLACED DEEP TO THE FASCIA"), in a note whose case gives no cue (all capitals or all lower case).
       */
      continuationStarts: phrases2.default([]),
      /** Units of an amount: a line ending in a word goes on when the next line opens with an amount ("head diameter" / "54 mm"). */
      amountUnits: phrases2,
      wrapWidth: z.strictObject({ min: z.number().int().positive(), max: z.number().int().positive() }),
      /** Words that make a list item a clause, not a verb-less procedure name. */
      finiteVerbs: phrases2,
      /** Regular expressions of a printed page's furniture line ("Page 2 of 3"): a page break inside the note is dropped. */
      pageMarkers: phrases2.default([]),
      /** Regular expressions of a line that is page furniture only next to a marker ("2", "10:03" cut from the marker's line). */
      pageFurniture: phrases2.default([]),
      /** Words one of which every page marker holds: a note with none of them is not searched for page breaks. */
      pageScreen: phrases2.default([]),
      /** Most words a form label has before its colon: a wrapped line opening with more words and a colon goes on. */
      labelMaxWords: z.number().int().positive().optional(),
      /** Words that end a phrase and never a field label ("ago"): a wrapped line opening with one and a colon goes on. */
      notLabelWords: phrases2.default([]),
      /** Digits text recognition reads for letters, each with its letter: one between two letters is that letter ("Simp1ex"). */
      ocrLetters: z.record(z.string().regex(/^\d$/), z.string().regex(/^[a-z]$/i)).optional(),
      /**
       * Punctuation said aloud in a note transcribed by speech recognition ("... draining sinus period", "Procedures
       * colon new paragraph"): each spoken word with what it stands for. A note is read as dictated when at least
       * `minCount` of them, of at least two kinds, stand where punctuation would; none before one of `notBefore`
       * ("the postoperative period was", "a period of").
       */
      /**
       * Regular expressions of an editing trail left in a note: text a match covers is gone, except the match's first
       * group (the added text of "[added: ...]"), which stays without its marks.
       */
      edits: phrases2.default([]),
      /**
       * A note carried in HL7 v2 segments (one per line, "NTE|3|P|text", "OBX|1|TX|OPNOTE^Op note||text|||F"): the
       * segments that carry the note's text, each with the field its text is in (NTE 3, OBX 5); a note is read so when
       * at least `minLines` of its lines are such segments. The text is kept, the segment's other fields go, and a
       * line of another segment (MSH, PID, OBR: a message's header fields) goes whole; the standard's escapes in the
       * text are written as what they stand for (`\.br\` a line end, `\T\` an ampersand).
       */
      hl7: z.strictObject({ textFields: z.record(z.string().regex(/^[A-Z][A-Z0-9]{2}$/), z.number().int().positive()), minLines: z.number().int().positive(), escapes: z.record(z.string().min(2), z.string()).default({}) }).optional(),
      dictation: z.strictObject({ marks: z.record(z.string().min(1), z.string().min(1)), minCount: z.number().int().positive(), notBefore: phrases2.default([]) }).optional()
    }),
    clauses: z.strictObject({
      /** What ends a clause inside a sentence (regular expressions): a context word (irrigation, IV) says nothing across it. */
      breaks: phrases2
    }),
    /**
     * The words of the sides of the body, and the parts of the body one of them names when it stands before one (or
     * before a colon): devices of one code told on both sides ("Rt rod: ..." / "Lt rod: ...") are two devices, and an
     * element holds only when it holds for each.
     */
    laterality: z.strictObject({ right: phrases2, left: phrases2, notBefore: phrases2.default([]), body: phrases2 }).optional(),
    /**
     * Named regular-expression pieces a lexicon's `re:` term can use as `{{name}}` (a number written in digits or
     * words, a unit of time): one list a coder extends once for every term that uses it.
     */
    macros: z.record(z.string().regex(/^[a-zA-Z][\w-]*$/), z.string().min(1)).default({})
  });
  return { GrammarSchema: GrammarSchema2 };
});
var GrammarSchema = () => __schemas7().GrammarSchema;

// src/outcomes.ts
var __schemas8 = lazy(() => {
  const z = zod();
  const OutcomesSchema2 = z.strictObject({
    noDevice: z.strictObject({
      message: z.string().min(1),
      element: z.string().min(1),
      fix: z.string().min(1),
      quoted: z.string().min(1)
    }),
    staged: z.strictObject({ text: z.string().min(1), source: z.string().min(1) }),
    prefabricated: z.string().min(1),
    removalOnly: z.string().min(1)
  });
  return { OutcomesSchema: OutcomesSchema2 };
});
var OutcomesSchema = () => __schemas8().OutcomesSchema;

// src/patterns/redos.ts
var EXTRA = [160, 233, 201, 937, 969, 20013, 8232, 8233, 8195, 65279, 8217, 128512];
var ALPHABET = [...Array.from({ length: 128 }, (_, i) => i), ...EXTRA];
var WORDS = Math.ceil(ALPHABET.length / 32);
var emptySet = () => new Uint32Array(WORDS);
var foldTable;
function otherCases(i) {
  foldTable ??= ALPHABET.map((c) => {
    const ch = String.fromCodePoint(c);
    return [ch.toLowerCase(), ch.toUpperCase()].filter((x) => x.length === 1 && x !== ch).map((x) => x.codePointAt(0));
  });
  return foldTable[i];
}
function setOf(pred, ignoreCase = false) {
  const s = emptySet();
  for (let i = 0; i < ALPHABET.length; i++) {
    if (pred(ALPHABET[i]) || ignoreCase && otherCases(i).some(pred)) s[i >> 5] |= 1 << (i & 31);
  }
  return s;
}
var INDEX = new Map(ALPHABET.map((c, i) => [c, i]));
function bucket(code) {
  const ch = String.fromCodePoint(code);
  return new RegExp("\\p{L}", "u").test(ch) ? 233 : /\s/.test(ch) ? 8195 : 8217;
}
function one(code) {
  const c = INDEX.has(code) ? code : bucket(code);
  return (x) => x === c;
}
function setOfChar(code, ignoreCase) {
  const s = emptySet();
  const ch = String.fromCodePoint(code);
  for (const form of ignoreCase ? [ch, ch.toLowerCase(), ch.toUpperCase()] : [ch]) {
    if (form.length !== 1 && form.codePointAt(0) <= 65535) continue;
    const c = form.codePointAt(0);
    const i = INDEX.get(INDEX.has(c) ? c : bucket(c));
    s[i >> 5] |= 1 << (i & 31);
  }
  return s;
}
function union(a, b) {
  const s = emptySet();
  for (let i = 0; i < WORDS; i++) s[i] = a[i] | b[i];
  return s;
}
function intersects(a, b) {
  for (let i = 0; i < WORDS; i++) if (a[i] & b[i]) return true;
  return false;
}
var ANY = setOf(() => true);
var isDigit = (c) => c >= 48 && c <= 57;
var isWord = (c) => isDigit(c) || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
var isSpace = (c) => /\s/.test(String.fromCodePoint(c));
var isLineEnd = (c) => c === 10 || c === 13 || c === 8232 || c === 8233;
var Parser = class {
  constructor(src, ignoreCase, dotAll) {
    this.src = src;
    this.ignoreCase = ignoreCase;
    this.dotAll = dotAll;
  }
  src;
  ignoreCase;
  dotAll;
  i = 0;
  parse() {
    const n = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected '${this.src[this.i]}'`);
    return n;
  }
  alternation() {
    const from = this.i;
    const alts = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0] : { t: "alt", alts, from, to: this.i };
  }
  sequence() {
    const from = this.i;
    const items = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      items.push(this.quantified());
    }
    return items.length === 1 ? items[0] : { t: "seq", items, from, to: this.i };
  }
  quantified() {
    const from = this.i;
    let node = this.atom();
    for (; ; ) {
      const c = this.src[this.i];
      let min;
      let max;
      if (c === "*") [min, max] = [0, Infinity];
      else if (c === "+") [min, max] = [1, Infinity];
      else if (c === "?") [min, max] = [0, 1];
      else if (c === "{") {
        const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
        if (!m) return node;
        min = Number(m[1]);
        max = m[2] === void 0 ? min : m[3] ? Number(m[3]) : Infinity;
        this.i += m[0].length - 1;
      } else return node;
      this.i++;
      if (this.src[this.i] === "?") this.i++;
      node = { t: "rep", body: node, min, max, from, to: this.i };
    }
  }
  atom() {
    const from = this.i;
    const c = this.src[this.i];
    if (c === "(") {
      this.i++;
      let look = false;
      if (this.src.startsWith("?:", this.i)) this.i += 2;
      else if (this.src.startsWith("?=", this.i) || this.src.startsWith("?!", this.i)) [this.i, look] = [this.i + 2, true];
      else if (this.src.startsWith("?<=", this.i) || this.src.startsWith("?<!", this.i)) [this.i, look] = [this.i + 3, true];
      else if (this.src.startsWith("?<", this.i)) this.i = this.src.indexOf(">", this.i) + 1;
      const body = this.alternation();
      if (this.src[this.i] !== ")") throw new Error("unterminated group");
      this.i++;
      if (look) return { t: "look", body, from, to: this.i };
      return body.t === "seq" || body.t === "alt" || body.t === "rep" ? { ...body, from, to: this.i } : body;
    }
    if (c === "[") return this.charClass();
    if (c === ".") {
      this.i++;
      return { t: "set", set: this.dotAll ? ANY : setOf((x) => !isLineEnd(x)), from, to: this.i };
    }
    if (c === "^" || c === "$") {
      this.i++;
      return { t: "empty", from, to: this.i };
    }
    if (c === "\\") {
      const e = this.escape(false);
      if (e === "empty") return { t: "empty", from, to: this.i };
      if (e === "backref") return { t: "any-text", from, to: this.i };
      return { t: "set", set: setOf(e, this.ignoreCase), from, to: this.i };
    }
    const code = this.src.codePointAt(this.i);
    this.i += code > 65535 ? 2 : 1;
    return { t: "set", set: setOfChar(code, this.ignoreCase), from, to: this.i };
  }
  /** After a backslash: a character predicate, or a zero-width assertion / backreference outside classes. */
  escape(inClass) {
    this.i++;
    const c = this.src[this.i];
    this.i++;
    switch (c) {
      case "d":
        return isDigit;
      case "D":
        return (x) => !isDigit(x);
      case "w":
        return isWord;
      case "W":
        return (x) => !isWord(x);
      case "s":
        return isSpace;
      case "S":
        return (x) => !isSpace(x);
      case "n":
        return (x) => x === 10;
      case "r":
        return (x) => x === 13;
      case "t":
        return (x) => x === 9;
      case "f":
        return (x) => x === 12;
      case "v":
        return (x) => x === 11;
      case "0":
        return (x) => x === 0;
      case "b":
        return inClass ? (x) => x === 8 : "empty";
      case "B":
        return "empty";
      case "k":
        if (this.src[this.i] === "<") {
          this.i = this.src.indexOf(">", this.i) + 1;
          return "backref";
        }
        return (x) => x === 107;
      case "c": {
        const code = this.src.charCodeAt(this.i) % 32;
        this.i++;
        return one(code);
      }
      case "x": {
        const code = Number.parseInt(this.src.slice(this.i, this.i + 2), 16);
        this.i += 2;
        return one(code);
      }
      case "u": {
        let code;
        if (this.src[this.i] === "{") {
          const close = this.src.indexOf("}", this.i);
          code = Number.parseInt(this.src.slice(this.i + 1, close), 16);
          this.i = close + 1;
        } else {
          code = Number.parseInt(this.src.slice(this.i, this.i + 4), 16);
          this.i += 4;
        }
        return one(code);
      }
      case "p":
      case "P": {
        const close = this.src.indexOf("}", this.i);
        const re = new RegExp(`^\\${c}${this.src.slice(this.i, close + 1)}$`, "u");
        this.i = close + 1;
        return (x) => re.test(String.fromCodePoint(x));
      }
      default:
        if (c >= "1" && c <= "9" && !inClass) {
          while (this.src[this.i] >= "0" && this.src[this.i] <= "9") this.i++;
          return "backref";
        }
        return one(c.codePointAt(0));
    }
  }
  charClass() {
    const from = this.i;
    this.i++;
    const negate = this.src[this.i] === "^";
    if (negate) this.i++;
    const parts = [];
    while (this.i < this.src.length && this.src[this.i] !== "]") {
      const lo = this.classAtom();
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && this.i + 1 < this.src.length && typeof lo === "number") {
        const save = this.i;
        this.i++;
        const hi = this.classAtom();
        if (typeof hi === "number") {
          const rep = ALPHABET.some((x) => x >= lo && x <= hi) ? -1 : bucket(lo);
          parts.push((x) => x >= lo && x <= hi || x === rep);
          continue;
        }
        this.i = save;
      }
      if (typeof lo === "number") {
        const code = INDEX.has(lo) ? lo : bucket(lo);
        parts.push((x) => x === code);
      } else parts.push(lo);
    }
    if (this.src[this.i] !== "]") throw new Error("unterminated character class");
    this.i++;
    const inSet = (x) => parts.some((p) => p(x));
    const set = setOf(inSet, this.ignoreCase);
    if (negate) for (let i = 0; i < WORDS; i++) set[i] = ~set[i] & ANY[i];
    return { t: "set", set, from, to: this.i };
  }
  /** One class member: a code point, or a predicate for a class escape (\d, \w, ...). */
  classAtom() {
    if (this.src[this.i] === "\\") {
      const e = this.escape(true);
      if (e === "empty" || e === "backref") return () => false;
      const single = ALPHABET.filter((x) => e(x));
      const esc6 = this.src[this.i - 1];
      if (single.length === 1 && !"dDwWsSpP}".includes(esc6)) return single[0];
      return e;
    }
    const code = this.src.codePointAt(this.i);
    this.i += code > 65535 ? 2 : 1;
    return code;
  }
};
var EMPTY_INFO = () => ({ nullable: true, first: emptySet(), last: emptySet(), minLen: 0, maxLen: 0 });
var Analyser = class {
  constructor(src) {
    this.src = src;
  }
  src;
  problem;
  memo = /* @__PURE__ */ new Map();
  /** Facts about a node, computed once per node (a repeated alternation asks for its branches again). */
  info(n) {
    let x = this.memo.get(n);
    if (!x) {
      x = this.compute(n);
      this.memo.set(n, x);
    }
    return x;
  }
  compute(n) {
    switch (n.t) {
      case "look":
        this.info(n.body);
        return EMPTY_INFO();
      case "set":
        return { nullable: false, first: n.set, last: n.set, minLen: 1, maxLen: 1 };
      case "empty":
        return EMPTY_INFO();
      case "any-text":
        return { nullable: true, first: ANY, last: ANY, minLen: 0, maxLen: Infinity };
      case "seq": {
        let acc = EMPTY_INFO();
        for (const item of n.items) {
          const x = this.info(item);
          acc = {
            nullable: acc.nullable && x.nullable,
            first: acc.nullable ? union(acc.first, x.first) : acc.first,
            last: x.nullable ? union(acc.last, x.last) : x.last,
            minLen: acc.minLen + x.minLen,
            maxLen: acc.maxLen + x.maxLen
          };
        }
        return acc;
      }
      case "alt": {
        const xs = n.alts.map((a) => this.info(a));
        return {
          nullable: xs.some((x) => x.nullable),
          first: xs.reduce((s, x) => union(s, x.first), emptySet()),
          last: xs.reduce((s, x) => union(s, x.last), emptySet()),
          minLen: Math.min(...xs.map((x) => x.minLen)),
          maxLen: Math.max(...xs.map((x) => x.maxLen))
        };
      }
      case "rep": {
        const b = this.info(n.body);
        if (n.max >= 2) this.checkRepeat(n, b);
        const repeats = n.max > 0 && b.maxLen > 0;
        return {
          nullable: n.min === 0 || b.nullable,
          first: repeats ? b.first : emptySet(),
          last: repeats ? b.last : emptySet(),
          minLen: b.minLen * n.min,
          maxLen: repeats ? b.maxLen * n.max : 0
        };
      }
    }
  }
  checkRepeat(n, b) {
    if (this.problem) return;
    const frag = this.src.slice(n.from, n.to);
    const shown2 = frag.length > 60 ? `${frag.slice(0, 57)}...` : frag;
    if (b.maxLen === 0) return;
    const alt2 = n.body.t === "alt" ? n.body : null;
    if (alt2) {
      const xs = alt2.alts.map((a) => this.info(a));
      for (let i = 0; i < xs.length; i++) {
        for (let j = i + 1; j < xs.length; j++) {
          if (xs[i].nullable || xs[j].nullable || intersects(xs[i].first, xs[j].first)) {
            this.problem = `catastrophic backtracking: the repeated alternatives in '${shown2}' can match the same text ('${this.src.slice(alt2.alts[i].from, alt2.alts[i].to)}' and '${this.src.slice(alt2.alts[j].from, alt2.alts[j].to)}')`;
            return;
          }
        }
      }
    }
    if (b.minLen !== b.maxLen && (b.nullable || intersects(b.last, b.first))) {
      this.problem = `catastrophic backtracking: nested repetition in '${shown2}' (one repetition can end where the next begins)`;
    }
  }
};
function regexProblem(source, flags = "i") {
  try {
    new RegExp(source, flags);
  } catch (err) {
    return `invalid regular expression: ${err.message}`;
  }
  let tree;
  try {
    tree = new Parser(source, flags.includes("i"), flags.includes("s")).parse();
  } catch (err) {
    return `cannot analyse the regular expression: ${err.message}`;
  }
  const a = new Analyser(source);
  a.info(tree);
  return a.problem;
}

// src/nlp/inflect.ts
import { createRequire as createRequire3 } from "node:module";
var nlp2;
function compromise2() {
  if (!nlp2) {
    const embedded = globalThis.__OPLINT_COMPROMISE__;
    nlp2 = embedded ? embedded() : createRequire3(import.meta.url)("compromise");
  }
  return nlp2;
}
function verbForms(lemmas) {
  const out = [];
  const add = (w) => {
    const v = w?.replace(/^(?:has|have|had|will|is|are)\s+/i, "").trim().toLowerCase();
    if (v && !out.includes(v)) out.push(v);
  };
  for (const lemma of lemmas) {
    const m = /^(.*[\s-])?([A-Za-z]+)$/.exec(lemma.trim());
    if (!m) continue;
    const [, prefix = "", verb = ""] = m;
    const doc = compromise2()(verb);
    doc.tag?.("Infinitive");
    const c = doc.verbs().conjugate()[0];
    const base = verb.toLowerCase();
    const regularPast = base.endsWith("e") ? `${base}d` : `${base}ed`;
    const forms = c ? [c.PastTense === c.Infinitive ? regularPast : c.PastTense, c.Participle, c.PresentTense, c.Gerund] : [regularPast];
    for (const f of forms) {
      const w = f?.toLowerCase().trim();
      if (w && w !== base) add(`${prefix}${w}`);
    }
  }
  return out;
}
function nounForms(lemmas) {
  const out = [];
  for (const lemma of lemmas) {
    for (const f of [lemma, compromise2()(lemma).nouns().toPlural().text()]) {
      const w = f.trim().toLowerCase();
      if (w && !out.includes(w)) out.push(w);
    }
  }
  return out;
}

// src/patterns/store.ts
var KINDS = () => [
  { test: /^lexicons\/[A-Za-z0-9_-]+\.yaml$/, what: "lexicons/<name>.yaml", schema: LexiconSchema },
  { test: /^packs\/\d{5}\.yaml$/, what: "packs/<code>.yaml", schema: PackSchema },
  { test: /^primaries\/\d{5}\.yaml$/, what: "primaries/<code>.yaml", schema: primariesFileSchema },
  { test: /^context\.yaml$/, what: "context.yaml", schema: ContextPackSchema },
  { test: /^sections\.yaml$/, what: "sections.yaml", schema: SectionsSchema },
  { test: /^quantities\.yaml$/, what: "quantities.yaml", schema: QuantitiesSchema },
  { test: /^codes\.yaml$/, what: "codes.yaml", schema: codesFileSchema },
  { test: /^queries\.yaml$/, what: "queries.yaml", schema: QueriesSchema },
  { test: /^grammar\.yaml$/, what: "grammar.yaml", schema: GrammarSchema },
  { test: /^outcomes\.yaml$/, what: "outcomes.yaml", schema: OutcomesSchema }
];
function schemaFor(rel) {
  return KINDS().find((k) => k.test.test(rel))?.schema;
}
function yamlFiles(dir) {
  const out = [];
  const walk = (d) => {
    let names;
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const n of names) {
      if (n.startsWith(".")) continue;
      const p = join2(d, n);
      let st;
      try {
        st = statSync2(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (/\.ya?ml$/i.test(n)) out.push(relative(dir, p).split(sep).join("/"));
    }
  };
  walk(dir);
  return out;
}
var contentHash = (text) => createHash("sha1").update(text).digest("hex");
var built;
function builtCache() {
  if (built !== void 0) return built;
  built = null;
  const embedded = embeddedPattern("patterns.cache.json");
  let text = embedded;
  if (text === void 0) {
    try {
      text = readFileSync3(join2(dirname2(patternsDir()), "dist", "patterns.cache.json"), "utf8");
    } catch {
      text = void 0;
    }
  }
  if (text !== void 0) {
    try {
      const parsed = JSON.parse(text);
      if (parsed.version === 2 && parsed.files) built = parsed.files;
    } catch {
      built = null;
    }
  }
  return built;
}
var PatternStore = class {
  constructor(dirs) {
    this.dirs = dirs;
    const rels = /* @__PURE__ */ new Set();
    const cache2 = builtCache();
    const shipped = cache2 ? Object.keys(cache2) : yamlFiles(patternsDir());
    for (const rel of shipped) rels.add(rel);
    for (const d of dirs) {
      for (const rel of yamlFiles(d)) {
        if (!schemaFor(rel)) {
          throw new PackError(join2(d, rel), "", `not a pattern file oplint reads (expected one of ${KINDS().map((k) => k.what).join(", ")})`);
        }
        rels.add(rel);
      }
    }
    for (const rel of [...rels].sort()) this.files.set(rel, this.load(rel, cache2));
  }
  dirs;
  files = /* @__PURE__ */ new Map();
  /** What was compiled from this store's data (lexicon regexes, the ConText engine, section titles...). */
  built = /* @__PURE__ */ new Map();
  load(rel, cache2) {
    const { text, file, overridden } = readPatternText(rel, [...this.dirs]);
    const hash = contentHash(text);
    const hit = !overridden ? cache2?.[rel] : void 0;
    if (hit && hit.hash === hash) return { rel, file, overridden, hash, data: hit.data };
    const schema = schemaFor(rel);
    if (!schema) throw new PackError(file, "", "not a pattern file oplint reads");
    const data = expandLemmas(rel, parsePack(text, file, schema));
    if (overridden) {
      for (const r of regexesOf(rel, data)) {
        const problem = regexProblem(r.source);
        if (problem) throw new PackError(file, r.path, problem);
      }
    }
    return { rel, file, overridden, hash, data };
  }
  has(rel) {
    return this.files.has(rel);
  }
  /** Validated data of a pattern file; a missing file is a PackError naming it. */
  data(rel) {
    const f = this.files.get(rel);
    if (!f) throw new PackError(`patterns/${rel}`, "", "pattern file not found");
    return f.data;
  }
  /**
   * Something compiled from this store's data, built on first use and kept with the store: the rule set's
   * compiled forms hang off the one immutable snapshot they come from, never off a module-level cache keyed by
   * directory names, so two rule sets in one process never see each other's compiled patterns.
   */
  compiled(key2, build) {
    if (this.built.has(key2)) return this.built.get(key2);
    const value = build(this);
    this.built.set(key2, value);
    return value;
  }
  /** Where a file comes from, as messages should name it. */
  fileOf(rel) {
    return this.files.get(rel)?.file ?? `patterns/${rel}`;
  }
  /** Every file, for the build-time cache and `--print-config`. */
  list() {
    return [...this.files.values()];
  }
};
var stores = /* @__PURE__ */ new Map();
function patternStore(dirs = []) {
  const key2 = dirs.join("\0");
  let s = stores.get(key2);
  if (!s) {
    s = new PatternStore(dirs);
    stores.set(key2, s);
  }
  return s;
}
function regexesOf(rel, data) {
  const out = [];
  const d = data;
  if (rel.startsWith("lexicons/")) {
    (d.entries ?? []).forEach(
      (e, ei) => e.terms.forEach((t, ti) => {
        if (t.startsWith("re:")) out.push({ path: `entries[${ei}].terms[${ti}]`, source: t.slice(3) });
      })
    );
  } else if (rel === "context.yaml") {
    for (const key2 of ["triggers", "pseudo", "terminators", "boundaries", "doneToday"]) {
      (d[key2] ?? []).forEach((e, i) => {
        if (e.pattern) out.push({ path: `${key2}[${i}].pattern`, source: e.pattern });
      });
    }
  } else if (rel === "grammar.yaml") {
    const t = d.timeline ?? {};
    for (const key2 of ["earlierAnchors", "todayAnchors"]) (t[key2] ?? []).forEach((p, i) => out.push({ path: `timeline.${key2}[${i}]`, source: p }));
  }
  return out;
}
function expandLemmas(rel, data) {
  if (!rel.startsWith("lexicons/")) return data;
  const d = data;
  if (!d.entries.some((e) => e.verbs?.length || e.nouns?.length)) return data;
  return {
    ...d,
    entries: d.entries.map((e) => {
      if (!e.verbs?.length && !e.nouns?.length) return e;
      const terms = [...e.terms];
      for (const t of [...verbForms(e.verbs ?? []), ...nounForms(e.nouns ?? [])]) if (!terms.some((x) => x.toLowerCase() === t)) terms.push(t);
      return { ...e, terms };
    })
  };
}

// src/io/decode.ts
import * as nodeBuffer from "node:buffer";
import { createRequire as createRequire4 } from "node:module";
var CP1252_WARNING = "read as Windows-1252 (not UTF-8)";
var CP1252_HIGH = [
  8364,
  65533,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  65533,
  381,
  65533,
  65533,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  65533,
  382,
  376
];
function decodeCp1252Table(buf) {
  let out = "";
  const CHUNK2 = 8192;
  for (let i = 0; i < buf.length; i += CHUNK2) {
    const end = Math.min(buf.length, i + CHUNK2);
    const codes = new Array(end - i);
    for (let j = i; j < end; j++) {
      const b = buf[j];
      codes[j - i] = b >= 128 && b <= 159 ? CP1252_HIGH[b - 128] : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
var iconv;
function loadIconv() {
  if (iconv === void 0) {
    try {
      iconv = createRequire4(import.meta.url)("iconv-lite");
    } catch {
      iconv = null;
    }
  }
  return iconv;
}
function decodeCp1252(buf) {
  const lib = loadIconv();
  if (lib) return lib.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), "windows-1252");
  return decodeCp1252Table(buf);
}
var UTF8 = new TextDecoder("utf-8");
var SNIFF = 8192;
function looksBinary(buf) {
  if (sniffUtf16(buf)) return false;
  const n = Math.min(buf.length, SNIFF);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 11 && b !== 27 || b === 127) {
      control++;
    }
  }
  return control / n > 0.1;
}
function bomUtf16(buf) {
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) return "utf-16le";
  if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) return "utf-16be";
  return void 0;
}
function sniffUtf16(buf) {
  const bom = bomUtf16(buf);
  if (bom) return bom;
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return void 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs >= 0.4 && evenNul / pairs <= 0.05) return "utf-16le";
  if (evenNul / pairs >= 0.4 && oddNul / pairs <= 0.05) return "utf-16be";
  return void 0;
}
function utf8Scan(buf) {
  let invalid = 0;
  let multibyte = 0;
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (b >= 194 && b <= 223) need = 1, min = 128;
    else if (b >= 224 && b <= 239) need = 2, min = 2048;
    else if (b >= 240 && b <= 244) need = 3, min = 65536;
    else {
      invalid++;
      i++;
      continue;
    }
    let cp = b & 63 >> need;
    let ok = i + need < n;
    for (let k = 1; ok && k <= need; k++) {
      const c = buf[i + k];
      if ((c & 192) !== 128) ok = false;
      else cp = cp << 6 | c & 63;
    }
    if (ok && cp >= min && cp <= 1114111 && !(cp >= 55296 && cp <= 57343)) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { invalid, multibyte };
}
function literalReplacementChars(buf) {
  let count = 0;
  for (let i = buf.indexOf(239); i !== -1 && i + 2 < buf.length; i = buf.indexOf(239, i + 1)) {
    if (buf[i + 1] === 191 && buf[i + 2] === 189) count++;
  }
  return count;
}
function countChar(text, ch) {
  let count = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) count++;
  return count;
}
var nativeIsAscii = nodeBuffer.isAscii;
var nativeIsUtf8 = nodeBuffer.isUtf8;
function isAscii2(buf) {
  if (nativeIsAscii) return nativeIsAscii(buf);
  for (let i = 0; i < buf.length; i++) if (buf[i] >= 128) return false;
  return true;
}
function asciiText(buf) {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString("latin1");
}
var BINARY_CONTROL = /[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]/;
function plainAsciiText(buf) {
  if (buf.length === 0 || !isAscii2(buf) || Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).indexOf(0) !== -1) return void 0;
  const text = asciiText(buf);
  return BINARY_CONTROL.test(text.length > SNIFF ? text.slice(0, SNIFF) : text) ? void 0 : text;
}
function decodeBytes(buf) {
  const utf16 = sniffUtf16(buf);
  if (utf16) {
    return { text: new TextDecoder(utf16).decode(buf), warnings: [], encoding: utf16 };
  }
  if (isAscii2(buf)) return { text: asciiText(buf), warnings: [], encoding: "utf-8" };
  if (nativeIsUtf8?.(buf)) return { text: UTF8.decode(buf), warnings: [], encoding: "utf-8" };
  const scan = utf8Scan(buf);
  if (scan.invalid === 0) return { text: new TextDecoder("utf-8").decode(buf), warnings: [], encoding: "utf-8" };
  if (scan.multibyte === 0) return { text: decodeCp1252(buf), warnings: [CP1252_WARNING], encoding: "windows-1252" };
  const text = new TextDecoder("utf-8").decode(buf);
  const replaced = countChar(text, "\uFFFD") - literalReplacementChars(buf);
  const warnings = replaced > 0 ? [`invalid UTF-8 replaced with U+FFFD at ${replaced} place${replaced === 1 ? "" : "s"}`] : [];
  return { text, warnings, encoding: "utf-8" };
}
function decodeCodePage(buf, codePage) {
  if (codePage === 65001) return new TextDecoder("utf-8").decode(buf);
  if (codePage === 1252 || codePage === 0) return decodeCp1252(buf);
  const lib = loadIconv();
  const name = codePage === 1e4 ? "macintosh" : `cp${codePage}`;
  if (lib) {
    try {
      return lib.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), name);
    } catch {
    }
  }
  return decodeCp1252(buf);
}

// src/nlp/header.ts
var cache = /* @__PURE__ */ new WeakMap();
function compile4(g) {
  let c = cache.get(g);
  if (!c) {
    const fields = phrases(g.surgeonFields, "[ \\t]+");
    const others = phrases(g.otherPeople, "[ \\t]+");
    c = {
      field: new RegExp(`^[ \\t]*(?:${fields})[ \\t]*(?::|-[ \\t])[ \\t]*(\\S[^\\n\\r]*)$`, "im"),
      stop: new RegExp(`\\s{2,}|\\t|\\s+(?=(?:${others})\\b)`, "i"),
      empty: new Set(g.emptyValues.map((v) => v.toLowerCase()))
    };
    cache.set(g, c);
  }
  return c;
}
function surgeonOf(g, text) {
  const c = compile4(g.header);
  const m = c.field.exec(text);
  if (!m) return void 0;
  let v = m[1].split(c.stop)[0].trim();
  v = v.replace(/[,;:]+$/, "").replace(/(?<=[a-z]{2})\.$/, "").replace(/\s+/g, " ");
  if (!v || c.empty.has(v.toLowerCase()) || v.length > 80) return void 0;
  return v;
}

// src/nlp/slots.ts
var MAX = 4;
function quotes(a, ms) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const m of ms.sort((x, y) => x.start - y.start)) {
    const ev = a.evidence(m.start, m.end);
    const key2 = ev.text.toLowerCase();
    if (seen.has(key2)) continue;
    seen.add(key2);
    out.push(ev);
    if (out.length >= MAX) break;
  }
  return out;
}
function frameSummaries(a, dev) {
  return dev.frames.map((f) => summary(a, dev, f));
}
function summary(a, dev, f) {
  const sentences = [...f.sentences].sort((x, y) => x - y);
  const affirmedIn = (lexicon, keep = () => true) => sentences.flatMap((s) => a.in(lexicon, s)).filter((m) => a.affirmed(m) && keep(m));
  const notIv = (m) => !a.hasInClause("contexts", m, "iv") && !a.hasInClause("contexts", m, "irrigation");
  const drug = affirmedIn("drugs", notIv);
  const carrier = affirmedIn("carriers");
  const amount = sentences.flatMap((s) => a.quantities(s)).filter((q) => !q.excludedBy);
  const made = affirmedIn("fabrication", (m) => m.entry.tags.has("manual"));
  const bought = affirmedIn("fabrication", (m) => m.entry.tags.has("prefabricated"));
  const plan = a.mentions("staging").filter((m) => !m.entry.tags.has("earlier") && !a.assertion(m).negated && !a.assertion(m).historical && f.sentences.has(m.sentence));
  const event = dev.events.find((e) => e.action === f.action && e.site === f.site);
  return {
    action: f.action,
    site: f.site,
    forms: f.forms,
    described: sentences.map((s) => a.sentenceEvidence(s)).slice(0, 6),
    slots: {
      site: event?.siteMention ? [a.evidence(event.siteMention.start, event.siteMention.end)] : [],
      drug: quotes(a, drug),
      carrier: quotes(a, carrier),
      amount: quotes(a, amount),
      preparation: quotes(a, bought.length ? bought : made),
      plan: quotes(a, plan)
    },
    prefabricated: bought.length > 0
  };
}

// src/nlp/procedures.ts
var compiledFor = /* @__PURE__ */ new WeakMap();
function ocrMap(g) {
  return new Map(Object.entries(g.codes.ocrDigits?.letters ?? {}));
}
function codeChars(g) {
  const o = g.codes.ocrDigits;
  const letters = Object.keys(o?.letters ?? {}).filter((l) => /^[A-Za-z]$/.test(l));
  if (!o || !letters.length) return "\\d{5}";
  return `[0-9${letters.join("")}]{5}`;
}
function compile5(g) {
  let c = compiledFor.get(g);
  if (c) return c;
  const modifier = `(?:${phrases(g.codes.modifiers)})`;
  const monthNames = g.timeline.months.map((m) => m.toLowerCase());
  const months = /* @__PURE__ */ new Map();
  const order = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
  for (const m of monthNames) {
    const i = order.indexOf(m.slice(0, 3));
    if (i >= 0) months.set(m, i + 1);
  }
  const monthAlt = phrases(monthNames);
  c = {
    // the marker right before the code (possibly with "#", ":" or an opening bracket between)
    marker: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.codes.markers)})\\s*(?:[:#=(]|no\\.?)?\\s*\\(?\\s*$`, "i"),
    // (a code marker standing as a column heading: spaces or a pipe on both sides)
    columnMarker: new RegExp(`(?:^|  |\\|)[ ]*((?:${phrases(g.codes.markers)}))(?=[ ]*(?:$|  |\\|))`, "gi"),
    notBefore: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.codes.notCodeBefore)})\\s*(?:[:#.]|no\\.?|number)?\\s*$`, "i"),
    notAfter: new RegExp(`^\\s*(?:${phrases(g.codes.notCodeAfter)})(?![A-Za-z])`, "i"),
    modifier,
    // five digits not inside a longer number, a decimal, a date or a word; then any modifiers
    codeRe: new RegExp(`(?<![A-Za-z0-9.,/:-])(${codeChars(g)})((?:[ ]?-[ ]?${modifier}(?![A-Za-z0-9]))*)(?![0-9]|\\.\\d|/\\d|,\\d{3})`, "gi"),
    ocr: ocrMap(g),
    ocrMinDigits: g.codes.ocrDigits?.minDigits ?? 5,
    blockLine: new RegExp(`^[ \\t>*\\-\\u2022]*(?:${phrases(g.codes.blockLabels)})\\s*(?:[:#-]|$)`, "i"),
    procedureWords: new RegExp(`\\b(?:${phrases(g.codes.procedureWords)})\\b`, "i"),
    ranges: g.codes.primaryRanges,
    serviceLabel: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.timeline.serviceLabels)})\\s*[:#-]?\\s*$`, "i"),
    operationWord: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.timeline.operationWords)})(?![A-Za-z])`, "i"),
    // ISO, numeric (either order), "Nov 9, 2026", and day first: "9 Nov 2026", "09-Nov-26", "09NOV2026"
    dateRe: new RegExp(
      `\\b(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2,4}))?|(${monthAlt})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|\\s*-\\s*|(?=[A-Za-z]))(${monthAlt})\\.?(?:(?:,?\\s+|\\s*-\\s*|(?=\\d))(\\d{4})|(?:-|(?=\\d))(\\d{2}))?)\\b`,
      "gi"
    ),
    appended: new RegExp(`^[\\s\\-=*#_~]*(?:${phrases(g.timeline.appendedWords)})(?![A-Za-z])${g.timeline.appendedHeadings.length ? `|^[\\s=*#_~]*(?:${phrases(g.timeline.appendedHeadings)})(?![A-Za-z])(?![^;\\n]{0,40};)${g.timeline.documentBefore ? `(?![^\\n]{0,60}?\\b(?:${phrases(g.timeline.documentBefore.noteTitles)})\\b)` : ""}` : ""}`, "i"),
    // (the note's own title opening a sentence inside an appended line: where a note that lost its newlines goes on)
    titleInLine: g.timeline.documentBefore ? new RegExp(`[.!?]\\s+(?=(?:${phrases(g.timeline.documentBefore.noteTitles)})(?![A-Za-z]))`, "gi") : null,
    documentBefore: g.timeline.documentBefore ? {
      // (the title opens the line, or follows a name and a dash: "JUNIATA CROSSING MEDICAL CENTER -- OPERATIVE REPORT
      // (copy released ...)"); then the line ends, or a dash, a bracket or a rule: a title with a colon after it is a
      // label inside the text ("Per the" / "operative report: "...""); written in capitals it may run on into the
      // note's text, as a note that lost its newlines runs ("OPERATIVE NOTE Surgeon: Dr. X ...")
      title: new RegExp(
        `^[\\s\\-=*#_~\\[]*(?:[A-Za-z][A-Za-z0-9 .,&'/]*[ ]+[-\u2013\u2014|]+[ ]*)?(?:(?:${phrases(g.timeline.documentBefore.noteTitles)})(?![A-Za-z])(?=[ ]*(?:$|[-\u2013\u2014(|\\]=*#])))`,
        "i"
      ),
      capsTitle: new RegExp(`^[\\s\\-=*#_~\\[]*(?:${phrases(g.timeline.documentBefore.noteTitles.map((t) => t.toUpperCase()))})[ ]+[A-Z]`),
      cues: new RegExp(`(?:^|[^A-Za-z])(${phrases(g.timeline.documentBefore.cues)})(?![A-Za-z])`, "gi"),
      minCues: g.timeline.documentBefore.minCues
    } : null,
    version: g.timeline.versions.words.length ? new RegExp(`^[\\s\\-=*#_~\\[(]*(?:${phrases(g.timeline.versions.words)})[ .#]*(\\d{1,2})(?![\\d/.:-]\\d)(?![A-Za-z0-9])`, "i") : null,
    supersededVersion: g.timeline.versions.superseded.length ? new RegExp(`^[\\s\\-=*#_~\\[(]*(?:${phrases(g.timeline.versions.superseded)})(?![A-Za-z])`, "i") : /(?!)/,
    supersedingVersion: g.timeline.versions.superseding.length ? new RegExp(`^[\\s\\-=*#_~\\[(]*(?:${phrases(g.timeline.versions.superseding)})(?![A-Za-z])`, "i") : /(?!)/,
    finalVersion: g.timeline.versions.finalWords.length ? new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.timeline.versions.finalWords)})(?![A-Za-z])`, "i") : /(?!)/,
    dayRe: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.timeline.dayLabels)})\\s*(?:#|no\\.?)?\\s*(\\d{1,3})(?!\\d)`, "i"),
    admissionDay: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.timeline.admissionDayWords)})(?![A-Za-z])`, "i"),
    months,
    headingMax: g.timeline.headingMaxLength,
    bannerMax: g.timeline.bannerMaxLength,
    earlierWord: new RegExp(`(?:^|[^A-Za-z])(?<!\\b(?:${phrases(g.timeline.countedFromWords)})\\s+(?:the\\s+)?)(?:${phrases(g.timeline.earlierWords)})(?![A-Za-z])(?!\\s+(?:${phrases(g.timeline.prepositionAfterWords)})\\b)`, "i"),
    earlierLabel: new RegExp(`(?:^|[^A-Za-z])(?<!\\b(?:${phrases(g.timeline.countedFromWords)})\\s+(?:the\\s+)?)(?:${phrases(g.timeline.earlierWords.filter((w) => !g.timeline.stageOnlyEarlierWords.includes(w)))})(?![A-Za-z])(?!\\s+(?:${phrases(g.timeline.prepositionAfterWords)})\\b)`, "i"),
    currentStage: g.timeline.currentStageAfter.length ? new RegExp(`(?:${phrases(g.timeline.stageOnlyEarlierWords)})\\s+(?:${phrases(g.timeline.currentStageAfter)})(?![A-Za-z])`, "gi") : /(?!)/g,
    todayWord: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.timeline.todayWords)})(?![A-Za-z])`, "i"),
    continues: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.layout.continuationWords)})$`, "i"),
    prose: new RegExp(`\\b(?:${phrases(g.timeline.proseWords)})\\b`, "i"),
    clauseVerb: g.timeline.clauseVerbs.length ? new RegExp(`\\b(?:${phrases(g.timeline.clauseVerbs)})\\b`, "i") : /(?!)/
  };
  compiledFor.set(g, c);
  return c;
}
function inPrimaryRange(g, code) {
  const n = Number(code);
  return compile5(g).ranges.some(([lo, hi]) => n >= lo && n <= hi);
}
function linesOf(text) {
  const out = [];
  let start = 0;
  for (; ; ) {
    const nl3 = text.indexOf("\n", start);
    const end = nl3 < 0 ? text.length : nl3;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl3 < 0) break;
    start = nl3 + 1;
  }
  return out;
}
var LEAD = /^[ \t]*(?:[-*\u2022\u25cf\u25aa>|]|\(?\d{1,2}[.)]|\(?[a-z][.)])?[ \t]*$/i;
var TRAIL_SEP = /(?:\s[-:|=]|[:|(])\s*$/;
function findCodes(g, text, ctx) {
  const c = compile5(g);
  const out = [];
  const lines = linesOf(text);
  let block = false;
  let codeColumns = [];
  for (const line of lines) {
    const lt = line.text;
    if (!lt.trim()) {
      block = false;
      codeColumns = [];
      continue;
    }
    if (/\S {2,}\S|\|/.test(lt) && !/\d{5}/.test(lt)) {
      const cols = [];
      c.columnMarker.lastIndex = 0;
      for (let h = c.columnMarker.exec(lt); h; h = c.columnMarker.exec(lt)) cols.push(h.index + h[0].length - h[1].length);
      if (cols.length) codeColumns = cols;
    }
    if (c.blockLine.test(lt)) block = true;
    else if (block && /^[A-Za-z][A-Za-z /&]{1,40}:/.test(lt) && !/\d{5}/.test(lt)) block = false;
    let prevEnd = -1;
    c.codeRe.lastIndex = 0;
    for (let m = c.codeRe.exec(lt); m; m = c.codeRe.exec(lt)) {
      const s = m.index;
      const e = s + 5;
      const before = lt.slice(Math.max(0, s - 40), s);
      const after = lt.slice(s + m[0].length);
      const above = before.trim() ? "" : text.slice(Math.max(0, line.start - 40), line.start);
      if (c.notBefore.test(before) || above && c.notBefore.test(above) || c.notAfter.test(after)) continue;
      const modifiers = (m[2] ?? "").split("-").map((x) => x.trim().toUpperCase()).filter(Boolean);
      let why;
      const between = prevEnd >= 0 ? lt.slice(prevEnd, s) : "";
      if (c.marker.test(before)) why = "marker";
      else if (modifiers.length) why = "modifier";
      else if (/\(\s*$/.test(before) || /^\s*[),;]/.test(after) && /\(/.test(before) && !/\)/.test(before.slice(before.lastIndexOf("(")))) why = "brackets";
      else if (prevEnd >= 0 && /^\s*(?:,|;|\/|&|and|or|\+)\s*$/i.test(between)) why = "list";
      else if (LEAD.test(lt.slice(0, s)) && /^(?:\s*$|\s*[-:|.)\t]|\s{2,}|\s+[A-Za-z])/.test(after)) why = "line-start";
      else if (TRAIL_SEP.test(before) && /^[\s.;,)|]*$/.test(after)) why = "line-end";
      else if (block) why = "block";
      else if (codeColumns.some((col) => Math.abs(col - s) <= 2)) why = "column";
      else if (ctx.inProcedureList(line.start + s)) why = "procedure-list";
      else if (c.procedureWords.test(ctx.sentenceText(line.start + s))) why = "procedure-words";
      if (!why) continue;
      let code = m[1];
      if (!/^\d{5}$/.test(code)) {
        if (code.replace(/\D/g, "").length < c.ocrMinDigits) continue;
        code = [...code].map((ch) => c.ocr.get(ch) ?? ch).join("");
        if (!/^\d{5}$/.test(code)) continue;
      }
      out.push({ code, modifiers, start: line.start + s, end: line.start + e, why });
      prevEnd = s + m[0].length;
    }
  }
  return out;
}
var BANNER = /^\s*\[[^\[\]\n]{6,}\]\s*$/;
var RULED = /^\s*([=*#~_-])\1{2,}\s*[^=*#~_\s-][^\n]{4,}?\s*\1{3,}\s*$/;
var RULE_ONLY = /^([=*#~_-])\1{2,}$/;
var SENTENCE_INSIDE = /[a-z]{2,}[.!?]\s+[A-Z][a-z]|[.!?]\s+[A-Z][a-z]+(?:\s+[a-z]+){3,}/;
function dateKey(c, m, dayFirst = false) {
  let y;
  let mo;
  let d;
  if (m[1]) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
  } else if (m[4]) {
    mo = Number(dayFirst ? m[5] : m[4]);
    d = Number(dayFirst ? m[4] : m[5]);
    if (m[6]) y = Number(m[6].length === 2 ? `20${m[6]}` : m[6]);
  } else if (m[7]) {
    mo = c.months.get(m[7].toLowerCase().replace(/\.$/, "")) ?? 0;
    d = Number(m[8]);
    if (m[9]) y = Number(m[9]);
  } else {
    d = Number(m[10]);
    mo = c.months.get((m[11] ?? "").toLowerCase()) ?? 0;
    if (m[12]) y = Number(m[12]);
    else if (m[13]) y = Number(`20${m[13]}`);
  }
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return void 0;
  const pad = (n) => String(n).padStart(2, "0");
  return { key: `${y ?? "????"}-${pad(mo)}-${pad(d)}`, ...y !== void 0 ? { y } : {}, mo, d };
}
function compareDates(a, b) {
  if (a.y !== void 0 && b.y !== void 0 && a.y !== b.y) return a.y - b.y;
  return a.mo - b.mo || a.d - b.d;
}
function noteDates(g, text) {
  const c = compile5(g);
  const dayFirst = writesDayFirst(c, text);
  let service;
  c.dateRe.lastIndex = 0;
  for (let m = c.dateRe.exec(text); m && !service; m = c.dateRe.exec(text)) {
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    if (c.serviceLabel.test(text.slice(lineStart, m.index))) service = dateKey(c, m, dayFirst);
  }
  return { service, dayFirst };
}
function writesDayFirst(c, text) {
  c.dateRe.lastIndex = 0;
  for (let m = c.dateRe.exec(text); m; m = c.dateRe.exec(text)) if (m[4] && m[6] && Number(m[4]) > 12 && Number(m[5]) <= 12) return true;
  return false;
}
function datedBefore(g, text, dates, yearless = false) {
  if (!dates.service) return false;
  const c = compile5(g);
  let before = false;
  c.dateRe.lastIndex = 0;
  for (let m = c.dateRe.exec(text); m; m = c.dateRe.exec(text)) {
    if (m[4] && !m[6] && !yearless) continue;
    const k = dateKey(c, m, dates.dayFirst);
    if (!k || k.rel) continue;
    if (compareDates(k, dates.service) >= 0) return false;
    before = true;
  }
  return before;
}
function labelled(line) {
  const m = LABEL_COLON.exec(line);
  return m && line.slice(m.index + 1).trim() ? line.slice(0, m.index) : void 0;
}
var ENTRY_START = /[^\s\-*•·>]/;
var LABEL_COLON = /(?<!\d):|:(?!\d)/;
var PARTICIPLE_DATE = /[a-z]{3,}ed[ ]+(?:on|at|in)[ ]*$/i;
function headingShaped(lines, i, max, continues) {
  const t = lines[i].text.trim();
  if (!t || t.length > max || /[.;,]$/.test(t) || /^(?:[-*\u2022|]|\(?\d{1,2}[.)]\s|\[)/.test(t)) return false;
  if (/[A-Za-z0-9]{3,}[.!?]\s+\S/.test(t) || continues?.test(t)) return false;
  if (/^[A-Za-z][A-Za-z0-9 '&/()-]{0,50}:/.test(t) || /:\s*$/.test(t)) return true;
  const before = i === 0 || !lines[i - 1].text.trim();
  const after = i + 1 < lines.length && !!lines[i + 1].text.trim();
  return before && after;
}
function noteTitleLine(c, line) {
  return c.documentBefore !== null && (c.documentBefore.title.test(line) || c.documentBefore.capsTitle.test(line));
}
function documentBefore(c, lines, text) {
  const d = c.documentBefore;
  if (!d) return void 0;
  const li = lines.findIndex((l, i) => i > 0 && noteTitleLine(c, l.text));
  if (li < 0) return void 0;
  const said = /* @__PURE__ */ new Set();
  d.cues.lastIndex = 0;
  const head = text.slice(0, lines[li].start);
  for (let m = d.cues.exec(head); m; m = d.cues.exec(head)) said.add(m[1].toLowerCase());
  return said.size >= d.minCues ? li : void 0;
}
function findOperations(g, text, joined, recordStarts = []) {
  const c = compile5(g);
  const dayFirst = writesDayFirst(c, text);
  const wrapped = (li) => joined !== void 0 && lines[li].end < joined.length && joined[lines[li].end] !== "\n" && text[lines[li].end] === "\n" && (c.prose.test(lines[li].text) || SENTENCE_INSIDE.test(lines[li].text));
  let service;
  const heads = [];
  const lines = linesOf(text);
  const before = documentBefore(c, lines, text);
  if (before !== void 0) heads.push({ start: 0, line: "", kind: "appended", banner: true });
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const lt = line.text;
    if (!lt.trim()) continue;
    if (li === before) heads.push({ start: line.start, line: lt.trim(), kind: "neutral", force: true, banner: true });
    let date;
    let dateAt = -1;
    c.dateRe.lastIndex = 0;
    const m = c.dateRe.exec(lt);
    if (m) {
      dateAt = m.index;
      const dk = dateKey(c, m, dayFirst);
      if (dk && !service && c.serviceLabel.test(lt.slice(0, m.index))) {
        service = dk;
        continue;
      }
      date = dk;
    } else {
      const day = c.dayRe.exec(lt) ?? c.admissionDay.exec(lt);
      if (day) {
        const n = day[1] === void 0 ? 0 : Number(day[1]);
        date = { key: `day-${n}`, mo: 0, d: n, rel: true };
        dateAt = day.index;
      }
    }
    const cap = c.bannerMax + 2;
    let logical = lt;
    if (joined !== void 0 && joined[line.end] === " " && text[line.end] === "\n") {
      logical = joined.slice(line.start, line.start + cap);
      const nl3 = logical.indexOf("\n", line.end - line.start);
      if (nl3 >= 0) logical = logical.slice(0, nl3);
    }
    const nextLine = lines[li + 1]?.text.trim() ?? "";
    const ruled = RULED.test(lt) || RULED.test(logical) || RULE_ONLY.test(nextLine) && RULED.test(`${lt} ${nextLine}`);
    const banner = (lt.trimStart().startsWith("[") && BANNER.test(logical) || ruled) && logical.trim().length <= c.bannerMax;
    if (c.appended.test(lt)) {
      heads.push({ start: line.start, line: lt.trim(), kind: "appended" });
      if (labelled(lt) !== void 0 && li + 1 < lines.length) {
        const opensPart = (i) => joined !== void 0 && joined[lines[i - 1].end] !== " " && (headingShaped(lines, i, c.headingMax, c.continues) || labelled(lines[i].text) !== void 0 || noteTitleLine(c, lines[i].text));
        let end = li + 1;
        if (joined !== void 0) while (end < lines.length && lines[end].text.trim() && !opensPart(end)) end++;
        const to = end < lines.length ? lines[end].start : text.length;
        let title = null;
        if (c.titleInLine) {
          c.titleInLine.lastIndex = line.start;
          title = c.titleInLine.exec(text);
          if (title && title.index + title[0].length > to) title = null;
        }
        if (title) heads.push({ start: title.index + title[0].length, line: "", kind: "neutral", force: true });
        else if (end < lines.length) heads.push({ start: lines[end].start, line: "", kind: "neutral", force: true });
      }
      continue;
    }
    if (joined !== void 0 && line.start > 0 && text[line.start - 1] === "\n" && joined[line.start - 1] === " ") continue;
    const shaped = banner || !wrapped(li) && headingShaped(lines, li, c.headingMax, c.continues);
    const short = banner || lt.trim().length <= c.headingMax && (date === void 0 || logical.trim().length <= c.headingMax);
    const colon = lt.search(LABEL_COLON);
    const head = colon > 0 && !(dateAt > colon && /^\s*\d/.test(lt.slice(colon + 1))) ? lt.slice(0, colon) : lt;
    const opWord = c.operationWord.test(head);
    const datedTitle = head !== lt && date !== void 0 && (date.rel === true || service !== void 0) && dateAt < head.length && head.trim().length <= c.headingMax;
    const label = labelled(logical.length > lt.length ? logical : lt);
    const opensWithDate = date !== void 0 && dateAt === lt.search(ENTRY_START);
    if (short && (shaped || date !== void 0) && opWord && c.earlierWord.test(head.replace(c.currentStage, " ")) && !c.clauseVerb.test(head) && !c.todayWord.test(head)) {
      heads.push({ start: line.start, line: lt.trim(), kind: "earlier", banner });
      if (!banner && joined !== void 0 && joined[line.end] === " " && text[line.end] === "\n") {
        const gap = /\n[ \t]*\n/g;
        gap.lastIndex = line.end;
        const end = gap.exec(text);
        if (end) heads.push({ start: end.index + 1, line: "", kind: "neutral", force: true });
      }
    } else if (label !== void 0 && label.length <= c.headingMax && label.replace(/\([^()]*\)/g, " ").trim().split(/\s+/).length <= (g.layout.labelMaxWords ?? Infinity) && !c.prose.test(label) && !SENTENCE_INSIDE.test(label) && c.operationWord.test(logical.slice(0, cap)) && c.earlierLabel.test(label)) {
      heads.push({ start: line.start, line: label.trim(), kind: "earlier" });
      const end = (joined ?? text).indexOf("\n", line.end);
      if (end >= 0) heads.push({ start: end + 1, line: "", kind: "neutral", force: true });
    } else if ((short && shaped || datedTitle) && c.todayWord.test(head) && (opWord || head.trim().replace(/[^A-Za-z' ]/g, "").trim().split(/\s+/).length <= 2)) heads.push({ start: line.start, line: lt.trim(), kind: "today", banner, ...date ? { date } : {} });
    else if ((short || datedTitle) && date && opWord && !PARTICIPLE_DATE.test(lt.slice(0, dateAt)) || opensWithDate && c.operationWord.test(logical.slice(0, cap))) {
      heads.push({ start: line.start, line: lt.trim(), kind: c.todayWord.test(head) && !c.earlierWord.test(head) ? "today" : "dated", date, banner });
    } else if (opensWithDate && !date.rel) heads.push({ start: line.start, line: lt.trim(), kind: "entry", date, banner });
    else if (shaped) heads.push({ start: line.start, line: lt.trim(), kind: "neutral", banner });
  }
  if (c.documentBefore !== null) {
    const titled = [];
    for (let li = 0; li < lines.length; li++) {
      if (!noteTitleLine(c, lines[li].text)) continue;
      for (let k = li + 1; k < Math.min(lines.length, li + 1 + g.timeline.serviceFieldLines); k++) {
        const lt = lines[k].text;
        if (noteTitleLine(c, lt)) break;
        c.dateRe.lastIndex = 0;
        const m = c.dateRe.exec(lt);
        if (!m || !c.serviceLabel.test(lt.slice(0, m.index))) continue;
        const date = dateKey(c, m, dayFirst);
        if (date) titled.push({ start: lines[li].start, line: lines[li].text.trim(), kind: "dated", date, banner: true, note: true });
        break;
      }
    }
    if (titled.length >= 2 && new Set(titled.map((h) => h.date.key)).size >= 2) {
      for (const h of titled) {
        const i = heads.findIndex((x) => x.start === h.start);
        if (i >= 0) heads.splice(i, 1);
        heads.push(h);
      }
    }
  }
  for (const at of recordStarts) {
    if (heads.some((h) => h.start === at) || !/\n[ \t]*\n[ \t]*$/.test(text.slice(Math.max(0, at - 80), at))) continue;
    let prev;
    for (const h of heads) if (h.start < at && (!prev || h.start > prev.start)) prev = h;
    if (prev?.kind !== "earlier" || prev.banner) continue;
    const prevEnd = text.indexOf("\n", prev.start);
    if (prevEnd < 0 || !text.slice(prevEnd, at).trim()) continue;
    const lineEnd2 = text.indexOf("\n", at);
    heads.push({ start: at, line: text.slice(at, lineEnd2 < 0 ? text.length : lineEnd2).trim(), kind: "neutral" });
  }
  if (c.version) {
    const versions = [];
    for (const line of lines) {
      if (line.text.trim().length > c.headingMax) continue;
      const m = c.version.exec(line.text);
      if (m) versions.push({ start: line.start, line: line.text.trim(), n: Number(m[1]), final: c.finalVersion.test(line.text) });
    }
    if (new Set(versions.map((v) => v.n)).size >= 2) {
      const finals = versions.filter((v) => v.final);
      const final = finals.length ? finals[finals.length - 1].n : Math.max(...versions.map((v) => v.n));
      for (const v of versions) heads.push(v.n === final ? { start: v.start, line: v.line, kind: "neutral", force: true, banner: true } : { start: v.start, line: v.line, kind: "appended", banner: true });
    }
  }
  {
    const named = lines.filter((l) => l.text.trim().length <= c.headingMax && !/[.;,]$/.test(l.text.trim()) && !c.continues.test(l.text.trim())).map((l) => ({ start: l.start, line: l.text.trim(), old: c.supersededVersion.test(l.text), now: c.supersedingVersion.test(l.text) }));
    if (named.some((v) => v.old && !v.now) && named.some((v) => v.now && !v.old)) {
      for (const v of named) {
        if (v.old && !v.now) heads.push({ start: v.start, line: v.line, kind: "appended", banner: true });
        else if (v.now && !v.old) heads.push({ start: v.start, line: v.line, kind: "neutral", force: true, banner: true });
      }
    }
  }
  heads.sort((x, y) => x.start - y.start);
  const dated = heads.filter((h) => h.kind === "dated");
  const datesSplit = dated.length >= 2 && new Set(dated.map((h) => h.date.key)).size >= 2;
  const todayHead = heads.find((h) => h.kind === "today" && h.date)?.date;
  const calendar = dated.filter((h) => !h.date.rel);
  const calendarSplit = calendar.length >= 2 && new Set(calendar.map((h) => h.date.key)).size >= 2;
  const today = service ?? todayHead ?? (datesSplit && calendarSplit ? calendar.map((h) => h.date).reduce((a, b) => compareDates(b, a) > 0 ? b : a) : void 0);
  for (const h of heads) {
    if (h.kind === "entry") {
      const known = service ?? todayHead;
      h.kind = known && !known.rel ? compareDates(h.date, known) < 0 ? "earlier" : compareDates(h.date, known) > 0 ? "planned" : "today" : "neutral";
      continue;
    }
    if (h.kind !== "dated") continue;
    if (!today || !!today.rel !== !!h.date.rel) h.kind = "neutral";
    else {
      const cmp = compareDates(h.date, today);
      h.kind = cmp === 0 ? "today" : cmp < 0 ? "earlier" : h.note ? "appended" : "planned";
    }
  }
  if (!heads.some((h) => h.kind === "earlier" || h.kind === "planned" || h.kind === "appended")) return [{ kind: "today", start: 0, end: text.length }];
  const hasToday = heads.some((h) => h.kind === "today");
  const ops = [];
  let cur = { kind: "today", start: 0, end: text.length };
  let bannerPart = false;
  for (const h of heads) {
    let next;
    if (bannerPart && !h.banner) continue;
    if (h.kind === "neutral") next = (!hasToday || h.banner || h.force) && cur.kind !== "today" ? "today" : void 0;
    else next = h.kind;
    bannerPart = !!h.banner && next !== void 0 && next !== "today";
    if (next === void 0) continue;
    cur.end = h.start;
    if (cur.end > cur.start) ops.push(cur);
    cur = { kind: next, start: h.start, end: text.length, ...h.kind !== "neutral" ? { heading: h.line } : {}, ...h.date ? { date: h.date.key } : {} };
  }
  ops.push(cur);
  return ops;
}

// src/nlp/analyze.ts
var SECTION_ASSERTION = {
  history: "historical",
  plan: "hypothetical",
  indications: "hypothetical",
  notdone: "negated"
};
var stagedItemRe = /* @__PURE__ */ new WeakMap();
var clauseBreakRe = /* @__PURE__ */ new WeakMap();
var OPERATIVE = /* @__PURE__ */ new Set(["procedure", "narrative", "findings", "implants", "other", "none"]);
var RECORD = /* @__PURE__ */ new Set(["procedure", "narrative", "findings", "implants"]);
var Analysis = class {
  constructor(input, patternDirs = []) {
    this.patternDirs = patternDirs;
    this.grammar = patternStore(patternDirs).data("grammar.yaml");
    const g = this.grammar;
    this.doc = normalize(input, { continuationWords: g.layout.continuationWords, continuationStarts: g.layout.continuationStarts, amountUnits: g.layout.amountUnits, wrapWidth: g.layout.wrapWidth, codeMarkers: g.codes.markers, pageMarkers: g.layout.pageMarkers, pageFurniture: g.layout.pageFurniture, pageScreen: g.layout.pageScreen, labelMaxWords: g.layout.labelMaxWords, notLabelWords: g.layout.notLabelWords, knownTitle: (w) => categoryOf(w, patternDirs) !== void 0, ocrLetters: g.layout.ocrLetters, edits: g.layout.edits, hl7: g.layout.hl7, dictation: g.layout.dictation });
  }
  patternDirs;
  doc;
  sectionList;
  sentenceList;
  startList;
  mentionCache = /* @__PURE__ */ new Map();
  /** Whole-note matches of a lexicon, before they are placed in sentences (one regex pass per lexicon). */
  rawCache = /* @__PURE__ */ new Map();
  bySentence = /* @__PURE__ */ new Map();
  assertCache = /* @__PURE__ */ new Map();
  quantityCache = [];
  clauseBreaks = [];
  taggedCache = /* @__PURE__ */ new Map();
  codeList;
  grammar;
  operationList;
  dates;
  /**
   * The operations the note tells (one, today's, unless operation headings split it), found on first use:
   * a pure function of the text, so when it runs never changes the answer. Operation headings are lines of
   * the note's own layout (a wrap join must not run one into its text).
   */
  get operations() {
    return this.operationList ??= findOperations(
      this.grammar,
      this.doc.layout,
      this.doc.text,
      this.sections.filter((s) => RECORD.has(s.category)).map((s) => s.start)
    );
  }
  /**
   * Does this text (a sentence of the note) name a calendar date before the note's date of service, and none on or
   * after it? Such a sentence tells an earlier time.
   */
  datedBeforeService(text, yearless = false) {
    this.dates ??= noteDates(this.grammar, this.doc.text);
    return datedBefore(this.grammar, text, this.dates, yearless);
  }
  /** The operation a normalised offset belongs to. */
  operationAt(at) {
    return this.operations.find((o) => at >= o.start && at < o.end) ?? this.operations[this.operations.length - 1];
  }
  /** Every procedure code written in the note (any operation), with modifiers. */
  get codes() {
    return this.codeList ??= findCodes(this.grammar, this.doc.text, {
      inProcedureList: (at) => {
        const si = this.sentenceAt(at);
        return si >= 0 && this.sentences[si].category === "procedure";
      },
      sentenceText: (at) => {
        const si = this.sentenceAt(at);
        return si >= 0 ? this.sentences[si].text : "";
      }
    });
  }
  /**
   * Codes of procedures done in today's operation: not in an earlier or planned operation's part of the
   * note, not in history, indications, plan or diagnosis sentences, not asserted historical or hypothetical,
   * and, for `primaryOnly`, inside the primary ranges and outside the device family.
   */
  todaysCodes(family, primaryOnly = true) {
    return this.codes.filter((c) => {
      if (this.operationAt(c.start).kind !== "today") return false;
      if (primaryOnly && (family.has(c.code) || !inPrimaryRange(this.grammar, c.code))) return false;
      const si = this.sentenceAt(c.start);
      if (si < 0) return true;
      const cat = this.sentences[si].category;
      if (cat === "history" || cat === "indications" || cat === "plan" || cat === "diagnosis" || cat === "notdone") return false;
      const d = this.assertion({ start: c.start, end: c.end, sentence: si });
      return !d.historical && !d.hypothetical && !d.negated;
    });
  }
  /** Sections, found on first use (a note with no device word never needs them). */
  get sections() {
    return this.sectionList ??= findSections(this.doc.text, this.patternDirs, this.doc.layout, continuationRe(this.grammar.layout.continuationWords));
  }
  get sentences() {
    return this.sentenceList ??= splitSentences(this.doc.text, this.sections);
  }
  get starts() {
    return this.startList ??= this.sentences.map((s) => s.start);
  }
  /** True when a lexicon matches anywhere in the note (a quick test before any sentence work). */
  anywhere(lexicon) {
    return this.raw(lexicon).length > 0;
  }
  raw(lexicon) {
    let ms = this.rawCache.get(lexicon);
    if (!ms) {
      ms = matchAll(getLexicon(lexicon, this.patternDirs), this.doc.text);
      this.rawCache.set(lexicon, ms);
    }
    return ms;
  }
  /** Index of the sentence containing normalised offset `at`, or -1 (e.g. inside a header). */
  sentenceAt(at) {
    let lo = 0;
    let hi = this.starts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (this.starts[mid] <= at) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best >= 0 && at < this.sentences[best].end ? best : -1;
  }
  /** Every mention of a lexicon inside a sentence (matches in headers are dropped). */
  mentions(lexicon) {
    let ms = this.mentionCache.get(lexicon);
    if (!ms) {
      ms = [];
      for (const m of this.raw(lexicon)) {
        const si = this.sentenceAt(m.start);
        if (si >= 0 && m.end <= this.sentences[si].end) ms.push({ ...m, sentence: si });
      }
      this.mentionCache.set(lexicon, ms);
      this.bySentence.delete(lexicon);
    }
    return ms;
  }
  /** Mentions of a lexicon in one sentence (matched on that sentence alone until the whole note is needed). */
  in(lexicon, sentence2) {
    let per = this.bySentence.get(lexicon);
    if (!per) {
      per = new Array(this.sentences.length);
      const whole = this.mentionCache.get(lexicon);
      if (whole) {
        for (let i = 0; i < per.length; i++) per[i] = [];
        for (const m of whole) per[m.sentence].push(m);
      }
      this.bySentence.set(lexicon, per);
    }
    let list3 = per[sentence2];
    if (!list3) {
      const s = this.sentences[sentence2];
      if (!s) return [];
      list3 = matchAll(getLexicon(lexicon, this.patternDirs), s.text).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start, sentence: sentence2 }));
      per[sentence2] = list3;
    }
    return list3;
  }
  /** Matches of a lexicon in a piece of text that is not a sentence (a heading): offsets are the text's own. */
  matchText(lexicon, text) {
    return matchAll(getLexicon(lexicon, this.patternDirs), text);
  }
  /** True when the sentence has a mention of the lexicon with the tag (any tag when omitted). */
  has(lexicon, sentence2, tag) {
    return this.in(lexicon, sentence2).some((m) => !tag || m.entry.tags.has(tag));
  }
  /**
   * True when the clause of a mention (its sentence cut at the grammar's clause breaks) has a mention of the
   * lexicon with the tag: a context word (irrigation, IV) speaks for its own clause, not the whole sentence.
   */
  hasInClause(lexicon, m, tag) {
    const key2 = `${lexicon}\0${tag}\0${m.sentence}`;
    let others = this.taggedCache.get(key2);
    if (!others) this.taggedCache.set(key2, others = this.in(lexicon, m.sentence).filter((o) => o.entry.tags.has(tag)));
    if (!others.length) return false;
    const [from, to] = this.clauseSpan(m);
    return others.some((o) => o.end > from && o.start < to);
  }
  /** The clause (grammar.yaml clauses.breaks) of a span of a sentence: [start, end) in note offsets. */
  clauseSpan(m) {
    const s = this.sentences[m.sentence];
    let breaks = this.clauseBreaks[m.sentence];
    if (!breaks) {
      let re = clauseBreakRe.get(this.grammar);
      if (!re) clauseBreakRe.set(this.grammar, re = new RegExp(this.grammar.clauses.breaks.map((b) => `(?:${b})`).join("|"), "gi"));
      breaks = [];
      re.lastIndex = 0;
      for (let b = re.exec(s.text); b; b = re.exec(s.text)) {
        breaks.push(s.start + b.index, s.start + b.index + b[0].length);
        if (b[0].length === 0) re.lastIndex++;
      }
      this.clauseBreaks[m.sentence] = breaks;
    }
    let from = s.start;
    let to = s.end;
    for (let i = 0; i < breaks.length; i += 2) {
      if (breaks[i + 1] <= m.start) from = breaks[i + 1];
      else if (breaks[i] >= m.end) {
        to = breaks[i];
        break;
      }
    }
    return [from, to];
  }
  /** ConText assertion of a span, with the sentence's section assertion (history, plan, indications). */
  assertion(span) {
    const key2 = `${span.start}:${span.end}`;
    let d = this.assertCache.get(key2);
    if (!d) {
      const s = this.sentences[span.sentence];
      const op = this.operationAt(s.start).kind;
      const section = op === "earlier" ? "historical" : op === "planned" ? "hypothetical" : op === "appended" ? "unasserted" : SECTION_ASSERTION[s.category] ?? null;
      d = assertSpan(this.assertedText(span.sentence), span.start - s.start, span.end - s.start, { section, patternDirs: this.patternDirs });
      this.assertCache.set(key2, d);
    }
    return d;
  }
  /**
   * The text ConText reads for a sentence: the sentence itself, except that a procedure-list item opening with
   * a staged-item word ("Planned repeat debridement ...") has that word blanked (same length, so offsets hold):
   * the item was done today as a planned stage.
   */
  assertedText(sentence2) {
    const s = this.sentences[sentence2];
    if (s.category !== "procedure") return s.text;
    let re = stagedItemRe.get(this.grammar);
    if (!re) stagedItemRe.set(this.grammar, re = new RegExp(`^\\s*(?:${phrases(this.grammar.timeline.stagedItemWords)})\\b`, "i"));
    const m = re.exec(s.text);
    return m ? " ".repeat(m[0].length) + s.text.slice(m[0].length) : s.text;
  }
  /** Affirmed: not negated, possible, hypothetical or historical. */
  affirmed(span) {
    const d = this.assertion(span);
    return !d.negated && !d.possible && !d.hypothetical && !d.historical;
  }
  /** Amounts with a unit in a sentence (offsets in the normalised text). */
  quantities(sentence2) {
    const s = this.sentences[sentence2];
    if (!s) return [];
    return this.quantityCache[sentence2] ??= findQuantities(s.text, this.patternDirs).map((q) => ({ ...q, start: q.start + s.start, end: q.end + s.start }));
  }
  evidence(start, end) {
    return evidenceAt(this.doc, start, end);
  }
  sentenceEvidence(sentence2) {
    const s = this.sentences[sentence2];
    return evidenceAt(this.doc, s.start, s.end);
  }
  isOperative(sentence2) {
    const s = this.sentences[sentence2];
    return OPERATIVE.has(s.category) && this.operationAt(s.start).kind === "today";
  }
};

// src/nlp/devices.ts
var SITE_TAGS = ["intramedullary", "deep", "intra-articular"];
function siteOf(m) {
  return SITE_TAGS.find((t) => m.entry.tags.has(t));
}
function contexts(a, s) {
  return {
    iv: a.has("contexts", s, "iv"),
    irrigation: a.has("contexts", s, "irrigation"),
    powder: a.has("contexts", s, "powder"),
    fixation: a.has("contexts", s, "fixation"),
    nonDrugSpacer: a.has("contexts", s, "non-drug-spacer")
  };
}
function notInDevice(a, s) {
  const c = contexts(a, s);
  return c.iv || c.powder || c.fixation;
}
function fixedElsewhere(a, c) {
  const brandOf = (m) => m.entry.name.split(/\s+/)[0].toLowerCase();
  return c.entry.tags.has("brand") && a.in("actions", c.sentence).every((m) => aloneInCell(a, m)) && a.mentions("carriers").some((o) => o.sentence !== c.sentence && (o.entry.name === c.entry.name || brandOf(o) === brandOf(c)) && a.has("contexts", o.sentence, "fixing"));
}
function aloneInCell(a, m) {
  const sent = a.sentences[m.sentence];
  const text = a.doc.text;
  const from = text.lastIndexOf("|", m.start);
  if (from < sent.start) return false;
  let to = text.indexOf("|", m.end);
  if (to < 0 || to > sent.end) to = sent.end;
  return text.slice(from + 1, to).trim().replace(/[.;]$/, "") === text.slice(m.start, m.end);
}
var ABSENT_LOOKBACK = 40;
function drugAbsent(a, m) {
  const sent = a.sentences[m.sentence];
  const from = Math.max(sent.start, a.doc.text.lastIndexOf(" ", Math.max(sent.start, m.start - ABSENT_LOOKBACK)));
  if (!deviceGrammar(a).drugAbsent.test(a.doc.text.slice(from, m.start))) return false;
  return !a.in("forms", m.sentence).some((f) => f.start >= m.end && f.start - m.end <= 2);
}
function findDeviceMentions(a) {
  const out = [];
  const pending2 = [];
  const unqualified = [];
  const established = /* @__PURE__ */ new Set();
  const fixationNote = () => a.mentions("contexts").some((m) => m.entry.tags.has("arthroplasty"));
  let plainMemo;
  const plainNote = () => {
    if (plainMemo !== void 0) return plainMemo;
    const carrierSentences = new Set(a.mentions("carriers").map((c) => c.sentence));
    const saysPlain = [...carrierSentences].some((s) => [...a.in("drug-signals", s), ...a.in("drugs", s)].some((m) => drugAbsent(a, m)));
    const anyDrug = () => [...a.mentions("drug-signals"), ...a.mentions("drugs")].some((m) => !drugAbsent(a, m) && !a.assertion(m).negated && !notInDevice(a, m.sentence) && !a.has("contexts", m.sentence, "irrigation"));
    return plainMemo = saysPlain && !anyDrug();
  };
  const formSentences = new Set([...a.mentions("forms"), ...a.mentions("carriers")].map((m) => m.sentence));
  for (const s of [...formSentences].sort((x, y) => x - y)) {
    const forms = a.in("forms", s);
    const carriers = a.in("carriers", s);
    if (!forms.length && !carriers.length) continue;
    const allSignals = a.in("drug-signals", s);
    const allDrugs = a.in("drugs", s);
    const signals = allSignals.filter((m) => !drugAbsent(a, m));
    const carrierSignal = signals.some((m) => !a.assertion(m).negated);
    const drugs = allDrugs.filter((m) => !drugAbsent(a, m));
    const plain2 = signals.length + drugs.length === 0 && allSignals.length + allDrugs.length > 0;
    const ctx = contexts(a, s);
    const hasCarrier = carriers.length > 0 && !plain2 && !plainNote();
    const drugInDevice = drugs.length > 0 && (carriers.length > 0 || forms.length > 0) && !(ctx.iv && carriers.length === 0);
    const signal = signals.length > 0 || drugInDevice;
    const absorbableBrand = carriers.some((c) => c.entry.tags.has("absorbable") && c.entry.tags.has("brand"));
    let formFound = false;
    for (const f of forms) {
      const name = f.entry.name;
      const tags = f.entry.tags;
      if (tags.has("spinal-risk") && ctx.nonDrugSpacer && !(signal && [...signals, ...drugs].some((m) => !deviceGrammar(a).g.spacerSkipContexts.some((t) => a.hasInClause("contexts", m, t))))) continue;
      if (tags.has("implant-like")) {
        const made2 = tags.has("hand-made") && hasCarrier && a.in("fabrication", s).some((m) => m.entry.tags.has("manual"));
        const near = nearQualifier(a, f, nearWindow(tags, deviceGrammar(a).g.qualifierWindow)) ?? (made2 ? "a carrier made into it by hand" : void 0);
        if (!near) {
          if (!tags.has("no-coreference")) pending2.push(f);
          else unqualified.push(f);
          continue;
        }
        out.push({ ...f, form: name, reason: `${name} described with '${near}'`, basis: "qualified" });
        established.add(name);
        formFound = true;
        continue;
      }
      if (signal || hasCarrier) {
        out.push({ ...f, form: name, reason: signal ? "form with a drug or antibiotic in its sentence" : "form made of a carrier", basis: "qualified" });
        established.add(name);
        formFound = true;
      } else pending2.push(f);
    }
    if (!formFound) {
      const fixedNext = () => {
        const next = a.sentences[s + 1];
        if (!next || next.section !== a.sentences[s].section || !a.has("contexts", s + 1, "fixation-statement")) return false;
        const opens = deviceGrammar(a).materialReference.exec(next.text);
        return opens !== null && opens.index <= 2;
      };
      for (const c of carriers) {
        if (ctx.fixation || fixedNext() || fixedElsewhere(a, c)) continue;
        if (carrierSignal || drugInDevice || absorbableBrand || c.entry.tags.has("implies-gentamicin")) {
          if (ctx.irrigation && !signal) continue;
          out.push({ ...c, form: c.entry.name, reason: "carrier loaded with a drug", basis: "carrier" });
        }
      }
    }
  }
  const loaded = out.filter((d) => d.basis === "carrier");
  const made = /* @__PURE__ */ new Set();
  if (loaded.length) {
    const material = deviceGrammar(a).material;
    for (const f of [...pending2, ...unqualified].sort((x, y) => x.start - y.start)) {
      const sec = a.sentences[f.sentence].section;
      const manual = a.in("fabrication", f.sentence).some((m) => m.entry.tags.has("manual"));
      const fText = a.sentences[f.sentence].text;
      const again = manual && deviceGrammar(a).materialReference.test(fText) && !deviceGrammar(a).separateMaterial.test(fText);
      const nothingBetween = (c) => {
        for (let t = c.sentence + 1; t < f.sentence; t++) if (a.in("carriers", t).length) return false;
        return true;
      };
      const prep = loaded.find((c) => c.sentence < f.sentence && (f.sentence - c.sentence <= 3 || again && nothingBetween(c)) && a.sentences[c.sentence].section === sec);
      if (!prep) continue;
      if (!manual && !material.test(a.sentences[f.sentence].text) && !deviceGrammar(a).mould.test(a.sentences[f.sentence].text)) continue;
      out.push({ ...f, form: f.entry.name, reason: `made from the ${prep.text} prepared just before`, basis: "made-from", from: prep.sentence });
      established.add(f.entry.name);
      made.add(f);
    }
  }
  const headed = headingForms(a);
  if (headed.size) {
    for (const f of [...pending2, ...unqualified]) {
      if (made.has(f)) continue;
      const sec = a.sentences[f.sentence].section;
      const title = headed.get(sec);
      if (!title || !title.forms.has(f.entry.name) || !title.loaded) continue;
      out.push({ ...f, form: f.entry.name, reason: `described under the heading '${title.text}'`, basis: "coreference" });
      established.add(f.entry.name);
      made.add(f);
    }
  }
  let loggedMemo;
  const logged = () => loggedMemo ??= !fixationNote() && deviceLog(a);
  for (const f of pending2) {
    if (made.has(f)) continue;
    const name = f.entry.name;
    if (!established.has(name) && !f.entry.tags.has("implant-like") && !f.entry.tags.has("spinal-risk") && a.isOperative(f.sentence) && logged()) {
      out.push({ ...f, form: name, reason: `described by the implant log or device block of the note`, basis: "coreference" });
      continue;
    }
    if (!established.has(name)) continue;
    if (f.entry.tags.has("spinal-risk") && a.has("contexts", f.sentence, "non-drug-spacer")) continue;
    out.push({ ...f, form: name, reason: `refers to the ${name} described elsewhere in the note`, basis: "coreference" });
  }
  const formsNamed2 = out.some((d) => d.basis !== "carrier" && !a.assertion(d).negated);
  if (!formsNamed2 && out.length && fixationNote()) {
    for (let i = out.length - 1; i >= 0; i--) if (out[i].basis === "carrier") out.splice(i, 1);
  }
  const withDevice = new Set(out.map((d) => d.sentence));
  const referent = (s) => {
    const sent = a.sentences[s];
    const m = deviceGrammar(a).anaphor.exec(sent.text);
    if (m) return { start: sent.start + m.index, end: sent.start + m.index + m[0].length, text: m[0] };
    const q = a.quantities(s).find((x) => x.start === sent.start && !x.excludedBy);
    if (q && deviceGrammar(a).amountVerb.test(a.doc.text.slice(q.end, sent.end))) return { start: q.start, end: q.end, text: a.doc.text.slice(q.start, q.end) };
    return void 0;
  };
  const lastInSection = (s) => {
    for (let p = s - 1; p >= 0 && a.sentences[p].section === a.sentences[s].section; p--) if (withDevice.has(p)) return p;
    return void 0;
  };
  for (let s = 1; s < a.sentences.length && withDevice.size; s++) {
    if (withDevice.has(s)) continue;
    const near = withDevice.has(s - 1) || withDevice.has(s - 2);
    if (!near && !deviceGrammar(a).anaphor.test(a.sentences[s].text)) continue;
    const ref = referent(s);
    if (!ref) continue;
    if (!a.in("actions", s).some((m) => !m.entry.tags.has("purpose"))) continue;
    const descriptive = deviceGrammar(a).descriptiveAnaphor.test(ref.text);
    if (!near && !descriptive) continue;
    const back = descriptive ? lastInSection(s) : [s - 1, s - 2].find((p) => p >= 0 && withDevice.has(p) && a.sentences[p].section === a.sentences[s].section);
    if (back === void 0) continue;
    const prev = out.filter((d) => d.sentence === back);
    let form = prev[prev.length - 1].form;
    if (deviceGrammar(a).formerAnaphor.test(ref.text) || deviceGrammar(a).latterAnaphor.test(ref.text)) {
      const order = [];
      for (const d of out) {
        if (d.sentence >= s || a.sentences[d.sentence].section !== a.sentences[s].section || d.basis === "anaphor") continue;
        const at = order.indexOf(d.form);
        if (at >= 0) order.splice(at, 1);
        order.push(d.form);
      }
      if (order.length < 2) continue;
      form = deviceGrammar(a).formerAnaphor.test(ref.text) ? order[order.length - 2] : order[order.length - 1];
    }
    out.push({ lexicon: "anaphor", entry: { name: form, tags: /* @__PURE__ */ new Set() }, start: ref.start, end: ref.end, text: ref.text, sentence: s, form, reason: `refers back to the ${form} described just before`, basis: "anaphor" });
  }
  const re = deviceGrammar(a).anaphorAll;
  for (const s of [...withDevice]) {
    const sent = a.sentences[s];
    const own = out.filter((d) => d.sentence === s);
    const lastDevice = own.reduce((m, d) => Math.max(m, d.end), 0);
    re.lastIndex = Math.max(0, lastDevice - sent.start);
    for (let m = re.exec(sent.text); m; m = re.exec(sent.text)) {
      const start = sent.start + m.index;
      const end = start + m[0].length;
      const [from, to] = a.clauseSpan({ start, end, sentence: s });
      if (from <= lastDevice || !a.in("actions", s).some((x) => x.start >= end && x.end <= to && x.entry.tags.has("insert"))) continue;
      const form = own.filter((d) => d.end <= start).pop().form;
      out.push({ lexicon: "anaphor", entry: { name: form, tags: /* @__PURE__ */ new Set() }, start, end, text: m[0], sentence: s, form, reason: `refers back to the ${form} of its sentence`, basis: "anaphor" });
      break;
    }
  }
  if (headed.size) {
    const named = new Set(out.map((d) => d.sentence));
    for (let s = 0; s < a.sentences.length; s++) {
      const title = headed.get(a.sentences[s].section);
      if (!title || named.has(s)) continue;
      const toldLoaded = (d) => d.sentence < s && title.forms.has(d.form) && d.basis !== "coreference" && d.basis !== "anaphor" && a.affirmed(d) && !a.in("actions", d.sentence).some((m) => m.entry.tags.has("remove"));
      if (!title.loaded && !out.some(toldLoaded)) continue;
      const acts = a.in("actions", s).filter((m) => !m.entry.tags.has("purpose") && (m.entry.tags.has("insert") || m.entry.tags.has("remove")));
      const before = acts.length ? a.doc.text.slice(a.sentences[s].start, acts[0].start) : "";
      if (!acts.length || !deviceGrammar(a).elliptical.test(before)) continue;
      const other = deviceGrammar(a).ownObject.exec(before);
      if (other && !title.text.toLowerCase().includes(other[0].toLowerCase())) continue;
      const act = acts[0];
      const after = " " + a.doc.text.slice(act.end, act.end + deviceGrammar(a).g.placeReach);
      const bare = /^[\s.;!]*$/.test(a.doc.text.slice(act.end, a.sentences[s].end));
      if (!bare && !deviceGrammar(a).placeNext.test(act.text) && !deviceGrammar(a).inward.test(after) && !deviceGrammar(a).outward.test(after)) continue;
      const form = [...title.forms][0];
      out.push({ lexicon: "anaphor", entry: { name: form, tags: /* @__PURE__ */ new Set() }, start: act.start, end: act.end, text: act.text, sentence: s, form, reason: `the ${form} of the heading '${title.text}'`, basis: "anaphor" });
    }
  }
  for (const d of out) {
    if (d.from !== void 0 || d.basis === "carrier" || d.basis === "anaphor") continue;
    const sent = a.sentences[d.sentence];
    if (!deviceGrammar(a).materialReference.test(sent.text) || a.in("drugs", d.sentence).length || !a.in("fabrication", d.sentence).some((m) => m.entry.tags.has("manual"))) continue;
    const op = a.operationAt(sent.start);
    for (let p = d.sentence - 1; p >= 0 && a.operationAt(a.sentences[p].start) === op; p--) {
      if (!a.in("carriers", p).some((m) => a.affirmed(m))) continue;
      if (a.in("actions", p).some((m) => m.entry.tags.has("remove") && a.affirmed(m))) continue;
      if (a.in("drugs", p).some((m) => a.affirmed(m))) {
        d.madeOf = p;
        break;
      }
      if (a.quantities(p).some((q) => !q.excludedBy && deviceGrammar(a).materialUnits.has(q.unit))) break;
    }
  }
  const deviceSentences = new Set(out.map((d) => d.sentence));
  for (let s = 1; s < a.sentences.length; s++) {
    if (deviceSentences.has(s)) continue;
    const sent = a.sentences[s];
    const prev = a.sentences[s - 1];
    if (prev.section !== sent.section || !deviceSentences.has(s - 1)) continue;
    const made2 = out.filter((d) => d.sentence === s - 1 && d.basis !== "carrier");
    const forms = new Set(made2.map((d) => d.form));
    if (forms.size !== 1 || !a.in("drugs", s - 1).length || !a.in("carriers", s - 1).length) continue;
    const ref = deviceGrammar(a).materialReference.exec(sent.text);
    if (!ref) continue;
    const acts = a.in("actions", s);
    const places = acts.some((m) => m.entry.tags.has("insert") && a.affirmed(m) && m.start >= sent.start + ref.index);
    if (!places || acts.some((m) => m.entry.tags.has("remove") || m.entry.tags.has("directional"))) continue;
    const form = [...forms][0];
    const start = sent.start + ref.index;
    out.push({ lexicon: "anaphor", entry: { name: form, tags: /* @__PURE__ */ new Set() }, start, end: start + ref[0].length, text: ref[0], sentence: s, form, reason: `the material of the ${form} made just before`, basis: "anaphor" });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}
function headingActions(a, title) {
  const acts = a.matchText("actions", title);
  if (!acts.some((m) => m.entry.tags.has("remove")) && !deviceGrammar(a).removalHeading.test(title)) return void 0;
  const rest = title.replace(deviceGrammar(a).removalHeadingAll, " ");
  if (acts.some((m) => m.entry.tags.has("insert") || m.entry.tags.has("exchange")) || deviceGrammar(a).placementHeading.test(rest)) return "both";
  return "remove";
}
function headingBlocks(a) {
  const removal = /* @__PURE__ */ new Set();
  const mixed = /* @__PURE__ */ new Set();
  a.sections.forEach((sec, i) => {
    if (sec.category !== "implants" || !sec.title) return;
    const said = headingActions(a, sec.title);
    if (said === "remove") removal.add(i);
    else if (said === "both") mixed.add(i);
  });
  return { removal, mixed };
}
var headingMemo = /* @__PURE__ */ new WeakMap();
function headingForms(a) {
  let memo = headingMemo.get(a);
  if (!memo) headingMemo.set(a, memo = findHeadingForms(a));
  return memo;
}
function findHeadingForms(a) {
  const out = /* @__PURE__ */ new Map();
  a.sections.forEach((sec, i) => {
    if (!sec.title) return;
    const forms = new Set(a.matchText("forms", sec.title).map((m) => m.entry.name));
    if (forms.size) out.set(i, { text: sec.title, forms, loaded: false });
    else if (out.has(i - 1) && deviceGrammar(a).siteLabel.test(sec.title.trim())) out.set(i, { text: sec.title, forms: out.get(i - 1).forms, loaded: false });
  });
  if (!out.size) return out;
  for (const lex of ["drugs", "carriers"]) {
    for (const m of a.mentions(lex)) {
      const h = out.get(a.sentences[m.sentence].section);
      if (h && !h.loaded && a.affirmed(m) && !notInDevice(a, m.sentence)) h.loaded = true;
    }
  }
  return out;
}
function deviceLog(a) {
  const runStart = (sec) => {
    while (sec > 0 && a.sections[sec - 1].category === "implants") sec--;
    return sec;
  };
  const bySection = /* @__PURE__ */ new Map();
  for (const lex of ["drugs", "carriers"]) {
    for (const m of a.mentions(lex)) {
      const sent = a.sentences[m.sentence];
      if (sent.category !== "implants" || !a.isOperative(m.sentence) || !a.affirmed(m)) continue;
      if (notInDevice(a, m.sentence)) continue;
      const run = runStart(sent.section);
      const f = bySection.get(run) ?? { drug: false, carrier: false };
      if (lex === "drugs") f.drug = true;
      else f.carrier = true;
      bySection.set(run, f);
    }
  }
  return [...bySection.values()].some((f) => f.drug && f.carrier);
}
var deviceGrammarCache = /* @__PURE__ */ new WeakMap();
function deviceGrammar(a) {
  const gr = a.grammar;
  let c = deviceGrammarCache.get(gr);
  if (!c) {
    const g = gr.devices;
    const co = gr.coreference;
    const demonstrative = co.demonstratives.length ? `(?:${phrases(co.demonstratives)})(?=\\s+(?:${phrases(co.linkingVerbs)})\\s+(?:then\\s+|[a-z]+ly\\s+)?[a-z]+\\s+(?:${phrases(g.inwardPrepositions)})\\b)|` : "";
    const anyOf = (ps) => ps.map((p) => `(?:${p})`).join("|");
    c = {
      g,
      linked: new RegExp(`^\\s*(?:(?:${phrases(g.linkRelatives)})\\s+)?(?:(?:was|were|is|then)\\s+)*(?:${phrases(g.linkVerbs)})\\b|^\\s*(?:${phrases(g.linkPrepositions)})\\b`, "i"),
      participle: new RegExp(`(?:${phrases([...g.participleEndings, ...g.irregularParticiples])})$`, "i"),
      passiveBefore: new RegExp(`\\b(?:${phrases(g.passiveAuxiliaries)})\\s+(?:\\w+\\s+){0,2}$`, "i"),
      inwardLast: new RegExp(`\\b(?:${phrases(g.inwardPrepositions)})$`, "i"),
      intoMade: new RegExp(`^\\s+(?:${phrases(g.inwardPrepositions)})\\s+(?:(?:${phrases(g.determiners)})\\s+)?(?:[\\d.]+\\s*(?:mm|cm)\\s+)?$`, "i"),
      passiveVerbAll: new RegExp(`\\b(?:${phrases(g.passiveAuxiliaries)})\\s+(?:\\w+ly\\s+|then\\s+)?[a-z]+(?:${phrases(g.participleEndings)})\\b`, "gi"),
      relativeClause: new RegExp(`^\\s*,?\\s*(?:${phrases(g.relativePronouns)})\\b`, "i"),
      appositiveOpen: new RegExp(`^\\s*,\\s+(?:[a-z]+ly\\s+)?(?:[a-z]+(?:${phrases(g.participleEndings)})|${phrases([...g.irregularParticiples, ...g.relativePronouns])})\\b`, "i"),
      relativeOpen: new RegExp(`^\\s*,\\s+(?:[a-z-]+\\s+){1,4}(?:${phrases(g.relativePronouns)})\\b`, "i"),
      auxiliaryInterrupted: new RegExp(`\\b(?:${phrases(g.passiveAuxiliaries)})\\s*,`, "i"),
      auxiliaryInterruptedAll: new RegExp(`\\b(?:${phrases(g.passiveAuxiliaries)})\\s*,`, "gi"),
      appositiveClose: new RegExp(`^,\\s*(?:[a-z]+ly\\s+|then\\s+)?(?:${phrases(g.passiveAuxiliaries)})\\s+(?:\\w+\\s+){0,2}$`, "i"),
      perfectSubject: g.perfectAuxiliaries.length ? new RegExp(`(?:[,;]|\\b(?:${phrases(g.clauseOpeners)}))\\s+(?:${phrases(g.determiners)})\\s+[a-z][\\w-]*(?:\\s+[a-z][\\w-]*){0,2}\\s+(?:${phrases(g.perfectAuxiliaries)})\\s+(?:[a-z]+ly\\s+|since\\s+|now\\s+|also\\s+)?$`, "i") : /(?!)/,
      otherSubject: new RegExp(`(?:[,;]|\\b(?:${phrases(g.clauseOpeners)}))\\s+(?:[a-z][\\w-]*\\s+)?(?:${phrases(g.determiners)})\\s+[a-z][\\w-]*(?:\\s+[a-z][\\w-]*){0,2}\\s+(?:${phrases(g.passiveAuxiliaries)})\\b`, "i"),
      attributive: new RegExp(`\\b(?:${phrases(g.determiners)})\\s+$`, "i"),
      elliptical: new RegExp(`^(?!\\s*(?:${phrases(co.pronouns)})\\b)(?![\\s\\S]*\\b(?:${phrases(g.passiveAuxiliaries)})\\b)[^;:]{0,80}$`, "i"),
      ownObject: new RegExp(`\\b(?:${phrases(g.ownObjectWords)})\\b`, "i"),
      subordinatePastPerfect: new RegExp(`\\b(?:${phrases(g.pastPerfectSubordinators)})\\s+(?:[\\w-]+\\s+){0,2}?(?:${phrases(g.pastPerfectAuxiliaries)})\\s+(?:[\\w-]+\\s+){0,3}$`, "i"),
      relativeMain: new RegExp(`\\b(?:${phrases(g.relativeMainVerbs)})\\b`, "i"),
      relativeBreak: new RegExp(`(?:^|\\s)(?:${phrases(g.relativeClauseBreaks)})(?:\\s|$)|[,;:]`, "i"),
      placementTime: new RegExp(`\\b(?:${phrases(g.placementTimeWords)})\\s+$`, "i"),
      wayWord: new RegExp(`\\b(?:${phrases([...g.outwardPrepositions, ...g.inwardPrepositions])})\\b`, "i"),
      itemSeparator: new RegExp(`;|,\\s|\\s[-\\u2013\\u2014]\\s|\\b(?:${phrases(g.itemSeparatorWords.length ? g.itemSeparatorWords : ["and"])})\\b`, "gi"),
      datedAfter: new RegExp(`^[ \\t]*(?:(?:${phrases(g.datedActionWords.length ? g.datedActionWords : ["on"])})[ \\t]+)?`, "i"),
      placementTimeReach: Math.max(...g.placementTimeWords.map((w) => w.length)) + 8,
      reducedRelative: new RegExp(`(?:${phrases(g.reducedRelativeEndings)})$`, "i"),
      pastPerfectBefore: new RegExp(`\\b(?:${phrases(g.pastPerfectAuxiliaries)})\\s+(?:[\\w-]+\\s+){0,4}$`, "i"),
      placeNext: new RegExp(`\\b(?:${phrases([...g.inwardPrepositions, ...g.outwardPrepositions])})$`, "i"),
      presentParticiple: new RegExp(`(?:${phrases(g.presentParticipleEndings)})$`, "i"),
      objectAfter: new RegExp(`^\\s+(?:${phrases(g.determiners)})\\b`, "i"),
      correction: new RegExp(`\\b(?:${phrases(gr.timeline.correctionWords)})\\b`, "i"),
      attestation: new RegExp(`\\b(?:${phrases(gr.timeline.attestationWords)})\\b`, "i"),
      notPlaced: new RegExp(`\\b(?:${phrases(g.notPlacedToday)})\\b`, "i"),
      madeInPlace: g.notPlacedExceptions.length ? new RegExp(`\\b(?:${phrases(g.notPlacedExceptions)})\\b`, "gi") : null,
      unusedSupply: new RegExp(`\\b(?:${phrases(g.unusedSupplyWords)})\\b`, "i"),
      siteHeader: new RegExp(`^(?:${phrases(g.siteFieldLabels)})$`, "i"),
      siteField: new RegExp(`^\\s*\\|?\\s*(?:${phrases(g.siteFieldLabels)})\\s*(?:\\||:)`, "i"),
      mould: new RegExp(`\\b(?:${phrases(g.mouldWords)})\\b`, "i"),
      outOfMould: new RegExp(`^\\s*(?:out\\s+)?(?:of|from)\\s+(?:(?:a|an|the|its|their|each)\\s+)?(?:[\\w.-]+\\s+){0,3}?(?:${phrases(g.mouldWords)})\\b`, "i"),
      intoMould: new RegExp(`^\\s*(?:(?:into|in|onto|inside|within)\\s+)?(?:(?:a|an|the|two|its|each)\\s+)?(?:[\\w.-]+\\s+){0,3}?(?:${phrases(g.mouldWords)})\\b`, "i"),
      ownObjectBefore: new RegExp(`\\b(?:${phrases(g.ownObjectWords)})[\\s-]+$`, "i"),
      asFoundBefore: new RegExp(`\\b(?:${phrases(g.asFoundWords)})\\s+$`, "i"),
      stateAdverbBefore: new RegExp(`\\b(?:${phrases(g.stateAdverbs)})\\s+$`, "i"),
      presentBefore: new RegExp(`\\b(?:${phrases(g.presentAuxiliaries)})\\s+(?:[a-z]+ly\\s+|well\\s+|now\\s+)?$`, "i"),
      outward: new RegExp(`^\\s+(?:[a-z]+ly\\s+)?(?:${phrases(g.outwardPrepositions)})\\b`, "i"),
      inward: new RegExp(`^\\s+(?:[a-z]+ly\\s+)?(?:${phrases(g.inwardPrepositions)})\\b`, "i"),
      instrument: new RegExp(`^\\s+(?:[a-z]+\\s+)?(?:${phrases(g.instrumentPrepositions)})\\b`, "i"),
      coordinated: new RegExp(`^[^;.]{0,30}?(?:,|\\b(?:${phrases(g.siteConjunctions)})\\b)[^;.]{0,25}$`, "i"),
      verbBetween: new RegExp(`\\b[a-z]+(?:${phrases(g.presentParticipleEndings)})\\b|\\b(?:${phrases(g.awayFromWords)})\\b`, "i"),
      repeatedPlace: new RegExp(`\\b(?:${phrases(g.siteConjunctions)})\\s+(?:also\\s+)?(?:${phrases([...g.inwardPrepositions, ...g.outwardPrepositions])})\\b`, "i"),
      ofStop: new RegExp(`\\b(?:${phrases(g.ofPhraseStops)})\\b`, "i"),
      offsetBefore: g.offsetUnits.length && g.offsetDirections.length ? new RegExp(`(?:\\d+(?:\\.\\d+)?${g.offsetCounts.length ? `|\\b(?:${phrases(g.offsetCounts)})` : ""})[\\s-]*(?:${phrases(g.offsetUnits)})\\.?\\s+(?:${phrases(g.offsetDirections)})\\s+(?:(?:${phrases(g.determiners)})\\s+)?(?:[\\w-]+\\s+){0,2}$`, "i") : /(?!)/,
      landmarkBefore: g.landmarkWords.length ? new RegExp(`\\b(?:${phrases(g.landmarkWords)})\\s+(?:(?:${phrases(g.determiners)})\\s+)?(?:[\\w-]+\\s+){0,2}$`, "i") : /(?!)/,
      materialUnits: new Set(co.materialUnits),
      exchangeNew: g.exchangeNewWords.length ? new RegExp(`\\b(?:${phrases(g.exchangeNewWords)})\\b`, "i") : /(?!)/,
      anaphor: new RegExp(`\\b(?:${phrases([...co.anaphors, ...co.descriptiveAnaphors, ...co.formerAnaphors, ...co.latterAnaphors])}|${demonstrative}(?:${phrases(co.pronouns)})(?=\\s+(?:${phrases(co.linkingVerbs)})\\b))\\b`, "i"),
      productBefore: g.productPhrases.length ? new RegExp(`\\b(?:${phrases(g.productPhrases)})\\s+(?:[\\w.-]+\\s+){0,3}$`, "i") : /(?!)/,
      siteLabel: g.siteLabels.length ? new RegExp(`^(?:${phrases(g.siteLabels)})$`, "i") : /(?!)/,
      countOfWholeBefore: new RegExp(g.countOfWholeBefore, "i"),
      nothingLeft: g.nothingLeftPatterns.length ? new RegExp(g.nothingLeftPatterns.map((p) => `(?:${p})`).join("|"), "i") : /(?!)/,
      formerAnaphor: co.formerAnaphors.length ? new RegExp(`^(?:${phrases(co.formerAnaphors)})$`, "i") : /(?!)/,
      latterAnaphor: co.latterAnaphors.length ? new RegExp(`^(?:${phrases(co.latterAnaphors)})$`, "i") : /(?!)/,
      descriptiveAnaphor: co.descriptiveAnaphors.length ? new RegExp(`^(?:${phrases(co.descriptiveAnaphors)})$`, "i") : /(?!)/,
      anaphorAll: new RegExp(`\\b(?:${phrases(co.anaphors)}|${demonstrative}(?:${phrases(co.pronouns)})(?=\\s+(?:${phrases(co.linkingVerbs)})\\b))\\b`, "gi"),
      // (or, in a terse note, its participle right after it: "10 ml injected to fill the cavity")
      amountVerb: new RegExp(`^\\s*(?:(?:${phrases(co.amountVerbs)})\\b|[a-z]+(?:${phrases(g.participleEndings)})\\b)`, "i"),
      drugAbsent: new RegExp(`\\b(?:${phrases(g.drugAbsentWords)})\\s+(?:[a-z-]+\\s+)?$`, "i"),
      material: new RegExp(`\\b(?:${phrases(co.materialWords)})\\b`, "i"),
      replacedImplant: new RegExp(`\\b(?:${phrases(g.replacedImplantWords)})\\b[^.;:]*?(?:,|\\b(?:${phrases(g.replacedJoinWords)})\\b)`, "i"),
      placementHeading: g.placementHeadingWords.length ? new RegExp(`\\b(?:${phrases(g.placementHeadingWords)})\\b`, "i") : /(?!)/,
      byline: gr.timeline.bylineLabels.length ? new RegExp(`^(?:${phrases(gr.timeline.bylineLabels)})\\b`, "i") : /(?!)/,
      removalHeading: g.removalHeadingWords.length ? new RegExp(`\\b(?:${phrases(g.removalHeadingWords)})\\b`, "i") : /(?!)/,
      removalHeadingAll: g.removalHeadingWords.length ? new RegExp(`\\b(?:${phrases(g.removalHeadingWords)})\\b`, "gi") : /(?!)/g,
      materialReference: new RegExp(`\\b(?:${phrases(co.materialReferenceWords)})\\s+(?:[\\w-]+\\s+){0,${co.materialReferenceGap}}?(?:${phrases(co.materialWords)})\\b`, "i"),
      separateMaterial: new RegExp(`\\b(?:${phrases(co.separateMaterialWords)})\\s+(?:${co.separateMaterialGapStops.length ? `(?!(?:${phrases(co.separateMaterialGapStops)})\\b)` : ""}[\\w-]+\\s+){0,${co.separateMaterialGap}}?(?:${phrases(co.materialWords)})\\b`, "i"),
      finiteVerb: new RegExp(`\\b(?:${phrases(gr.layout.finiteVerbs)})\\b`, "i"),
      newDeviceBefore: co.newDeviceWords.length ? new RegExp(`\\b(?:${phrases(co.newDeviceWords)})\\s+(?:[\\w-]+\\s+){0,3}$`, "i") : /(?!)/,
      earlierAnchor: new RegExp(anyOf(gr.timeline.earlierAnchors), "i"),
      earlierAnchorAll: new RegExp(anyOf(gr.timeline.earlierAnchors), "gi"),
      referenceBefore: gr.timeline.referenceParticiples.length ? new RegExp(`(?<!\\b(?:${phrases(g.passiveAuxiliaries)})\\s)\\b(?:${phrases(gr.timeline.referenceParticiples)})\\s+$`, "i") : /(?!)/,
      sharedTimeJoin: new RegExp(`^[ \\t\\r\\n]*,?[ \\t\\r\\n]*(?:${g.verbJoiners.length ? phrases(g.verbJoiners) : "(?!)"})(?:[ \\t\\r\\n]+(?:${phrases(g.passiveAuxiliaries)}))?[ \\t\\r\\n]*$`, "i"),
      joinedPassive: new RegExp(`\\b(?:${g.verbJoiners.length ? phrases(g.verbJoiners) : "(?!)"})\\s+(?:${phrases(g.passiveAuxiliaries)})\\s+(?:\\w+ly\\s+|then\\s+)?$`, "i"),
      intervalWord: new RegExp(`\\b(?:${gr.timeline.intervalWords.length ? phrases(gr.timeline.intervalWords) : "(?!)"})\\b`, "i"),
      listedOut: g.listedOutPrepositions.length ? new RegExp(`^[ \\t]+(?:${phrases(g.listedOutPrepositions)})\\b`, "i") : /(?!)/,
      foundInPlace: g.foundInPlaceWords.length ? new RegExp(`\\b(?:${phrases(g.foundInPlaceWords)})\\b`, "i") : /(?!)/,
      auxiliaryAfter: new RegExp(`^\\s+(?:${phrases(g.passiveAuxiliaries)})\\b`, "i"),
      todayAnchor: new RegExp(anyOf(gr.timeline.todayAnchors), "i"),
      plannedToday: gr.timeline.planTimeWords.length ? new RegExp(`\\b(?:${phrases(gr.timeline.planTimeWords)})\\s+(?:\\w+\\s+){0,2}?(?:${anyOf(gr.timeline.todayAnchors)})`, "gi") : null,
      operationStart: new RegExp(`\\b(?:${phrases(gr.timeline.operationStartWords)})\\b`, "i"),
      removalVerb: new RegExp(`(?:${phrases(g.removalVerbEndings)})$`, "i")
    };
    deviceGrammarCache.set(gr, c);
  }
  return c;
}
function nearEarlierAnchor(a, m) {
  const sent = a.sentences[m.sentence];
  const lo = Math.max(sent.start, m.start - deviceGrammar(a).g.governBack - 60);
  const from = lo + a.doc.text.slice(lo, m.start).lastIndexOf(";") + 1;
  const to = Math.min(sent.end, m.end + deviceGrammar(a).g.governForward);
  return namesEarlierTime(a, a.doc.text.slice(from, to));
}
function namesEarlierTime(a, text) {
  const dg = deviceGrammar(a);
  if (!dg.earlierAnchor.test(text)) return a.datedBeforeService(text);
  const all = dg.earlierAnchorAll;
  all.lastIndex = 0;
  for (let m = all.exec(text); m; m = all.exec(text)) {
    if (!dg.referenceBefore.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
    if (m[0].length === 0) all.lastIndex++;
  }
  return a.datedBeforeService(text);
}
function earlierDateAfter(a, m, anyVerb = false) {
  const dg = deviceGrammar(a);
  if (!anyVerb && !dg.removalVerb.test(m.text)) return -1;
  const sent = a.sentences[m.sentence];
  const after = a.doc.text.slice(m.end, Math.min(sent.end, m.end + 40));
  const lead = dg.datedAfter.exec(after)[0].length;
  const rest = after.slice(lead);
  const anchor = dg.earlierAnchor.exec(rest);
  if (anchor && anchor.index === 0) return m.end + lead + anchor[0].length;
  const words = rest.split(/[,;()]/)[0].trim().split(/\s+/).slice(0, 3);
  const head = words.join(" ");
  if (!(/^[0-9A-Za-z]/.test(rest) && a.datedBeforeService(head, lead > 0 && /\S/.test(after.slice(0, lead))) && /^\S*\d|^[A-Za-z]{3,9}\.?\s+\d/.test(head))) return -1;
  return m.end + lead + rest.indexOf(words[words.length - 1]) + words[words.length - 1].length;
}
function verbDatedEarlier(a, m) {
  if (earlierDateAfter(a, m) >= 0) return true;
  const dg = deviceGrammar(a);
  const sent = a.sentences[m.sentence];
  const before = a.doc.text.slice(sent.start, m.start);
  dg.earlierAnchorAll.lastIndex = 0;
  const anchors = [...before.matchAll(dg.earlierAnchorAll)];
  const last = anchors[anchors.length - 1];
  if (last && dg.intervalWord.test(last[0]) && dg.auxiliaryAfter.test(before.slice(last.index + last[0].length)) && /^\s+\S+\s+(?:\w+ly\s+)?$/.test(before.slice(last.index + last[0].length))) return true;
  if (!dg.removalVerb.test(m.text.split(/\s+/)[0])) return false;
  return a.in("actions", m.sentence).some((p) => {
    if (p.end > m.start) return false;
    const at = earlierDateAfter(a, p);
    return at >= 0 && at <= m.start && dg.sharedTimeJoin.test(a.doc.text.slice(at, m.start));
  });
}
var woundDrugsMemo = /* @__PURE__ */ new WeakMap();
function woundPowderDrugs(a) {
  let set = woundDrugsMemo.get(a);
  if (!set) woundDrugsMemo.set(a, set = new Set(a.mentions("drugs").filter((m) => a.has("contexts", m.sentence, "powder")).map((m) => m.entry.name)));
  return set;
}
function anchoredEarlier(a, s) {
  const dg = deviceGrammar(a);
  const said = a.sentences[s].text;
  const text = dg.plannedToday ? said.replace(dg.plannedToday, " ") : said;
  if (dg.todayAnchor.test(text)) return false;
  if (namesEarlierTime(a, text)) return true;
  return startsParagraph(a, s) ? false : carriedTime(a, s - 1) === "earlier";
}
function startsParagraph(a, s) {
  const p = s - 1;
  return p < 0 || a.sentences[p].section !== a.sentences[s].section || /\n[ \t]*\n/.test(a.doc.text.slice(a.sentences[p].end, a.sentences[s].start));
}
var carriedMemo = /* @__PURE__ */ new WeakMap();
function carriedTime(a, s) {
  let memo = carriedMemo.get(a);
  if (!memo) carriedMemo.set(a, memo = /* @__PURE__ */ new Map());
  const dg = deviceGrammar(a);
  const chain = [];
  let result = "none";
  for (let i = s; ; i--) {
    const known = memo.get(i);
    if (known !== void 0) {
      result = known;
      break;
    }
    chain.push(i);
    const t = a.sentences[i].text;
    if (dg.todayAnchor.test(t) || i !== s && dg.operationStart.test(t)) {
      result = "today";
      break;
    }
    if (dg.earlierAnchor.test(t)) {
      if (i !== s && !startsParagraph(a, i) && !(i > 0 && startsParagraph(a, i - 1))) break;
      const removedToday = (m) => m.entry.tags.has("remove") && (dg.removalVerb.test(m.text) && !verbDatedEarlier(a, m) || m.start - a.sentences[i].start <= 2);
      result = a.in("actions", i).some(removedToday) ? "today" : "earlier";
      break;
    }
    if (startsParagraph(a, i)) break;
  }
  for (const c of chain) memo.set(c, result);
  return result;
}
var qualifierCache = /* @__PURE__ */ new WeakMap();
function qualifiersOf(a, s) {
  let per = qualifierCache.get(a);
  if (!per) qualifierCache.set(a, per = /* @__PURE__ */ new Map());
  let hit = per.get(s);
  if (!hit) {
    hit = {
      quals: QUALIFYING.flatMap((l) => a.in(l, s)).sort((x, y) => x.start - y.start),
      manual: a.in("fabrication", s).filter((m) => m.entry.tags.has("manual")).sort((x, y) => x.start - y.start)
    };
    per.set(s, hit);
  }
  return hit;
}
function firstFrom(ms, at) {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (ms[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function nearWindow(tags, fallback) {
  for (const t of tags) if (t.startsWith("near-")) return Number(t.slice(5)) || fallback;
  return fallback;
}
var QUALIFYING = ["drugs", "carriers", "drug-signals"];
function nearQualifier(a, f, window) {
  const text = a.doc.text;
  const { quals, manual } = qualifiersOf(a, f.sentence);
  const lo = firstFrom(quals, f.start - window - 200);
  const hi = firstFrom(quals, f.end + window + 1);
  const near = quals.slice(lo, hi);
  const inside2 = near.find((q) => q.start < f.end && q.end > f.start);
  if (inside2) return inside2.text;
  for (let i = firstFrom(manual, f.start); i < manual.length && manual[i].start < f.end; i++) if (manual[i].end <= f.end) return f.text;
  const before = near.filter((q) => q.end <= f.start && f.start - q.end <= window && !/[;,]|\band\b/i.test(text.slice(q.end, f.start)));
  if (before.length) return before[before.length - 1].text;
  const dg = deviceGrammar(a);
  if (dg.productBefore.test(text.slice(Math.max(0, f.start - dg.g.productReach), f.start))) {
    const from2 = a.sentences[f.sentence].start;
    const made = quals.filter((q) => q.start >= from2 && q.end <= f.start && !text.slice(q.end, f.start).includes(";"));
    if (made.length) return made[made.length - 1].text;
  }
  const size = a.quantities(f.sentence).find((q) => q.start >= f.end && /^\s*$/.test(text.slice(f.end, q.start)));
  const from = size ? size.end + (/^\s*,/.exec(text.slice(size.end, size.end + 4))?.[0].length ?? 0) : f.end;
  const clauseEnd = Math.min(a.sentences[f.sentence].end, from + window);
  const clause = text.slice(from, clauseEnd).split(/[;,]/)[0] ?? "";
  if (!deviceGrammar(a).linked.test(clause)) return void 0;
  const after = near.find((q) => q.start >= from && q.end <= from + clause.length);
  return after?.text;
}
function actionsIn(a, s, tag) {
  return a.in("actions", s).filter((m) => (m.entry.tags.has(tag) && !stativeNow(a, m) || m.entry.tags.has("directional") && directionOf(a, m) === tag) && !asFound(a, m));
}
function asFound(a, m) {
  return deviceGrammar(a).asFoundBefore.test(a.doc.text.slice(Math.max(0, m.start - 24), m.start));
}
function stativeNow(a, m) {
  if (!m.entry.tags.has("stative")) return false;
  const dg = deviceGrammar(a);
  if (dg.presentBefore.test(a.doc.text.slice(Math.max(0, m.start - dg.g.stateLookback), m.start))) return true;
  return dg.stateAdverbBefore.test(a.doc.text.slice(Math.max(0, m.start - dg.g.stateLookback), m.start));
}
function directionOf(a, m) {
  const dg = deviceGrammar(a);
  const after = a.doc.text.slice(m.end, m.end + dg.g.directionReach);
  if (dg.outward.test(after)) return "remove";
  if (dg.inward.test(after)) return "insert";
  return void 0;
}
function governedDevice(a, act, devices) {
  const text = a.doc.text;
  const actions = a.in("actions", act.sentence);
  const dg = deviceGrammar(a);
  const blocked = (from, to, comma = false) => {
    const skip = asides(dg, text, from, to);
    const between = cutRanges(text, from, to, skip);
    if (/[;)]/.test(between) || comma && between.includes(",")) return true;
    for (let i = firstFrom(actions, from); i < actions.length && actions[i].start < to; i++) {
      const o = actions[i];
      if (skip.some(([x, y]) => o.start >= x && o.end <= y)) continue;
      if (o !== act && o.end <= to && !o.entry.tags.has("purpose") && !attributive(a, o) && !reducedRelative(o)) return true;
    }
    return false;
  };
  const reducedRelative = (o) => {
    if (!passive || o.start >= act.start) return false;
    const f = verbForm(a, o);
    return f.participle && !f.passive && devices.some((d) => d.end <= o.start && /^\s+$/.test(text.slice(d.end, o.start)));
  };
  const { participle, passive, coordinated } = verbForm(a, act);
  const at = firstFrom(devices, act.start);
  const back = () => {
    for (let i = at - 1; i >= 0; i--) {
      const d = devices[i];
      if (d.end > act.start) continue;
      if (act.start - d.end > dg.g.governBack && act.start - d.end - asideLength(dg, text, d.end, act.start) > dg.g.governBack) {
        if (act.start - d.start > dg.g.governBack + dg.g.governGiveUp) break;
        continue;
      }
      if (!blocked(d.end, act.start)) return d;
    }
    return void 0;
  };
  const ownNoun = (d) => {
    for (let i = firstFrom(actions, d.end); i < actions.length && actions[i].start - d.end <= 2; i++) {
      const o = actions[i];
      if (o !== act && /^[\s-]{0,2}$/.test(text.slice(d.end, o.start)) && !verbForm(a, o).participle) return true;
    }
    return false;
  };
  const fwd = () => {
    for (let i = firstFrom(devices, act.end); i < devices.length; i++) {
      const d = devices[i];
      if (d.start - act.end > dg.g.governForward) break;
      if (dg.landmarkBefore.test(text.slice(Math.max(act.end, d.start - 60), d.start))) continue;
      if (!blocked(act.end, d.start, true)) return ownNoun(d) ? void 0 : d;
    }
    return void 0;
  };
  if (attributive(a, act)) return void 0;
  if (participle && !devices.some((d) => d.end <= act.start && /^[\s,]*$/.test(text.slice(d.end, act.start)))) {
    const before = text.slice(Math.max(0, act.start - 24), act.start);
    const own = dg.ownObjectBefore.exec(before);
    const clauseStart = own !== null && /(?:^|[,;:.(]\s*)(?:(?:the|a|an|old|retained)\s+)?$/i.test(before.slice(0, own.index));
    if (own && clauseStart && !a.matchText("forms", own[0]).length && !a.matchText("carriers", own[0]).length) return void 0;
  }
  for (let i = Math.max(0, firstFrom(devices, act.start - 400)); i < devices.length && devices[i].start <= act.start; i++) {
    const d = devices[i];
    if (d.end >= act.end) return d;
  }
  const subject = () => {
    const d = back();
    if (!d) return void 0;
    const between = cutRanges(text, d.end, act.start, asides(dg, text, d.end, act.start));
    return dg.relativeClause.test(between) || !dg.otherSubject.test(between) ? d : void 0;
  };
  const fwdPlaced = () => {
    const d = fwd();
    if (!d) return d;
    const gap = (dg.inwardLast.test(act.text) ? " into " : "") + text.slice(act.end, d.start).replace(/^\s*/, " ");
    return dg.intoMade.test(gap) ? void 0 : d;
  };
  const sharedSubject = () => {
    const sent = a.sentences[act.sentence];
    if (!dg.joinedPassive.test(text.slice(Math.max(sent.start, act.start - 40), act.start))) return void 0;
    for (const d of devices) {
      if (d.sentence !== act.sentence || d.end > act.start) continue;
      const aux = dg.auxiliaryAfter.exec(text.slice(d.end, act.start));
      if (!aux) continue;
      const from = d.end + aux[0].length;
      return /[;:]/.test(text.slice(from, act.start)) || dg.otherSubject.test(text.slice(from, act.start)) ? void 0 : d;
    }
    return void 0;
  };
  const amountSubject = () => {
    const q = a.quantities(act.sentence).find((x) => !x.excludedBy && x.end <= act.start && dg.auxiliaryAfter.test(text.slice(x.end, act.start)) && /^\s+\S+\s+(?:\w+ly\s+)?$/.test(text.slice(x.end, act.start)));
    if (!q) return void 0;
    const before = devices.filter((d) => d.sentence === act.sentence && d.end <= q.start);
    return before.length && new Set(before.map((d) => d.form)).size === 1 ? before[before.length - 1] : void 0;
  };
  if (passive) return (withInstrument(a, act) ? fwd() : void 0) ?? subject() ?? sharedSubject() ?? amountSubject() ?? (coordinated ? fwdPlaced() : void 0);
  const sole = () => {
    const before = devices.filter((d2) => d2.end <= act.start && d2.sentence === act.sentence);
    if (!before.length || new Set(devices.filter((d2) => d2.sentence === act.sentence).map((d2) => d2.form)).size !== 1) return void 0;
    const d = before[before.length - 1];
    return blocked(d.end, act.start) || dg.otherSubject.test(text.slice(d.end, act.start)) ? void 0 : d;
  };
  if (participle && dg.perfectSubject.test(text.slice(Math.max(0, act.start - 80), act.start))) return fwd();
  if (participle) return fwd() ?? back() ?? sole();
  const ofPhrase = /^\s+of\b/i.test(text.slice(act.end, act.end + 4));
  const ownObject = !ofPhrase && dg.ownObjectBefore.test(text.slice(Math.max(0, act.start - 24), act.start));
  const fwdNoun = () => {
    const d = fwd();
    if (d && ownObject && /,|\b(?:and|or|plus|as well as)\b/i.test(text.slice(act.end, d.start))) return void 0;
    if (!d || !ofPhrase) return d;
    return dg.ofStop.test(text.slice(act.end, d.start)) ? void 0 : d;
  };
  let adjacent;
  const stateOf = dg.presentParticiple.test(act.text) && dg.objectAfter.test(text.slice(act.end, act.end + 12));
  for (let i = at - 1; i >= 0 && !adjacent && !stateOf; i--) {
    const d = devices[i];
    if (d.end <= act.start && /^[\s-]{0,2}$/.test(text.slice(d.end, act.start))) adjacent = d;
    else if (act.start - d.end > 2) break;
  }
  if (!adjacent && !stateOf && !ofPhrase) {
    const d = devices[at - 1];
    if (d && d.end <= act.start && /^\s+and\s+$/i.test(text.slice(d.end, act.start)) && dg.inward.test(" " + text.slice(act.end, act.end + 20))) adjacent = d;
  }
  return fwdNoun() ?? adjacent;
}
function verbForm(a, act) {
  const dg = deviceGrammar(a);
  const word = act.text.split(/\s+/)[0] ?? act.text;
  const participle = dg.participle.test(word) && !/ing$/i.test(word);
  let passive = participle && dg.passiveBefore.test(a.doc.text.slice(Math.max(0, act.start - dg.g.passiveLookback), act.start));
  let coordinated = false;
  if (participle && !passive && /\band\s+$/i.test(a.doc.text.slice(Math.max(0, act.start - 6), act.start))) {
    const sent = a.sentences[act.sentence];
    if (sent) {
      const before = a.doc.text.slice(sent.start, act.start);
      const aux = [...before.matchAll(dg.passiveVerbAll)].pop();
      const from = sent.start + (aux?.index ?? 0);
      const acted = a.in("actions", act.sentence).some((o) => o !== act && o.start >= from && o.end <= act.start);
      if (aux && !acted && !/[;:,]/.test(before.slice(aux.index))) {
        passive = true;
        coordinated = true;
      }
    }
  }
  if (participle && !passive && /,\s*$/.test(a.doc.text.slice(Math.max(0, act.start - 3), act.start))) {
    const sent = a.sentences[act.sentence];
    if (sent) {
      const before = a.doc.text.slice(sent.start, act.start);
      const aux = [...before.matchAll(dg.auxiliaryInterruptedAll)].pop();
      if (aux && !/[;.]/.test(before.slice(aux.index))) passive = true;
    }
  }
  return { participle, passive, coordinated };
}
function withInstrument(a, act) {
  return verbForm(a, act).passive && deviceGrammar(a).instrument.test(a.doc.text.slice(act.end, act.end + 30));
}
function asides(dg, text, from, to) {
  const out = [];
  const seg = text.slice(from, to);
  for (const re of [/\([^()]*\)/g, /\s[-\u2013\u2014]{1,2}\s[^\n]*?\s[-\u2013\u2014]{1,2}\s/g]) {
    for (let m = re.exec(seg); m; m = re.exec(seg)) out.push([from + m.index, from + m.index + m[0].length]);
  }
  const open2 = dg.appositiveOpen.exec(seg) ?? dg.relativeOpen.exec(seg);
  const close = seg.lastIndexOf(",");
  if (open2 && close > open2[0].length && dg.appositiveClose.test(seg.slice(close))) {
    out.push([from + seg.indexOf(","), from + close + 1]);
  }
  const aux = dg.auxiliaryInterrupted.exec(seg);
  if (aux && close > aux.index + aux[0].length - 1 && /^,\s*$/.test(seg.slice(close))) out.push([from + aux.index + aux[0].length - 1, from + close + 1]);
  return out;
}
function asideLength(dg, text, from, to) {
  return asides(dg, text, from, to).reduce((n, [x, y]) => n + (y - x), 0);
}
function cutRanges(text, from, to, ranges) {
  const sorted = [...ranges].sort((p, q) => p[0] - q[0]);
  let out = "";
  let at = from;
  for (const [x, y] of sorted) {
    if (x > at) out += text.slice(at, x);
    at = Math.max(at, y);
  }
  return out + text.slice(at, to);
}
function attributive(a, m) {
  const dg = deviceGrammar(a);
  const text = a.doc.text;
  const word = m.text.split(/\s+/)[0] ?? m.text;
  return dg.participle.test(word) && !/ing$/i.test(word) && dg.attributive.test(text.slice(Math.max(0, m.start - 12), m.start)) && /^\s+[A-Za-z]/.test(text.slice(m.end, m.end + 2));
}
function headerRow(a, s) {
  const sent = a.sentences[s];
  if (!sent.text.trimStart().startsWith("|")) return false;
  const text = a.doc.text;
  const nl3 = text.indexOf("\n", sent.end);
  if (nl3 < 0 || text.slice(sent.end, nl3).trim()) return false;
  const end = text.indexOf("\n", nl3 + 1);
  return TABLE_RULE2.test(text.slice(nl3 + 1, end < 0 ? text.length : end));
}
var TABLE_RULE2 = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
function namesEarlier(a, m, device) {
  const dg = deviceGrammar(a);
  const sent = a.sentences[m.sentence];
  const text = a.doc.text;
  if (dg.placementTime.test(text.slice(Math.max(sent.start, m.start - dg.placementTimeReach), m.start)) && !dg.reducedRelative.test(m.text)) return true;
  if (!device || device.end > m.start || text.slice(device.end, m.start).trim() !== "" || !dg.reducedRelative.test(m.text)) return false;
  const rest = text.slice(m.end, sent.end);
  const verb = dg.relativeMain.exec(rest);
  if (verb === null || dg.relativeBreak.test(rest.slice(0, verb.index))) return false;
  const clauseEnd = m.end + verb.index;
  const earlierInClause = a.in("staging", m.sentence).some((x) => x.entry.tags.has("earlier") && x.start >= m.end && x.end <= clauseEnd) || dg.earlierAnchor.test(text.slice(m.end, clauseEnd));
  return earlierInClause || actionsIn(a, m.sentence, "remove").length > 0;
}
function sitesIn(a, s) {
  const offset = deviceGrammar(a).offsetBefore;
  const sent = a.sentences[s];
  return a.in("sites", s).filter((m) => siteOf(m) && !a.assertion(m).negated && !formOption(a, m) && !offset.test(a.doc.text.slice(Math.max(sent.start, m.start - 60), m.start)));
}
function formOption(a, m) {
  const text = a.sentences[m.sentence].text;
  const at = m.start - a.sentences[m.sentence].start;
  const open2 = text.lastIndexOf("(", at);
  if (open2 < 0 || text.lastIndexOf(")", at) > open2) return false;
  const close = text.indexOf(")", at);
  return close > 0 && text.slice(open2, close).includes("/") && /^[ \t]*:/.test(text.slice(close + 1));
}
function analyseDevices(a) {
  if (!a.anywhere("forms") && !a.anywhere("carriers")) {
    return { devices: [], insertSentences: /* @__PURE__ */ new Set(), removeSentences: /* @__PURE__ */ new Set(), events: [], frames: [] };
  }
  const devices = findDeviceMentions(a);
  const bySentence = bySentenceOf(devices);
  const insertSentences = /* @__PURE__ */ new Set();
  const removeSentences = /* @__PURE__ */ new Set();
  const { removal: removalBlock, mixed: mixedBlock } = headingBlocks(a);
  const raw = [];
  const describedOnly = [];
  for (const [s, ds] of bySentence) {
    const cat = a.sentences[s].category;
    if (cat === "diagnosis" || headerRow(a, s)) continue;
    if (deviceGrammar(a).unusedSupply.test(a.sentences[s].text) && !deviceGrammar(a).finiteVerb.test(a.sentences[s].text)) continue;
    const live2 = ds.filter((d) => !a.assertion(d).negated);
    if (!live2.length) continue;
    const govMemo = /* @__PURE__ */ new Map();
    const governs = (m) => {
      if (!govMemo.has(m)) govMemo.set(m, governedDevice(a, m, ds));
      return govMemo.get(m);
    };
    const ok = (m) => a.affirmed(m) && governs(m) !== void 0 && !a.assertion(governs(m)).negated;
    const earlier = anchoredEarlier(a, s);
    const intoMould = (m) => deviceGrammar(a).intoMould.test(a.doc.text.slice(m.end, m.end + 60));
    const bothTimes = !earlier && namesEarlierTime(a, a.sentences[s].text);
    const pastPerfect = (m) => {
      const before = a.doc.text.slice(Math.max(a.sentences[s].start, m.start - 64), m.start);
      return bothTimes && deviceGrammar(a).pastPerfectBefore.test(before) || deviceGrammar(a).subordinatePastPerfect.test(before);
    };
    const sent = a.sentences[s];
    const mouldAt = deviceGrammar(a).mould.exec(sent.text);
    const fromMould = (m) => mouldAt !== null && sent.start + mouldAt.index < m.start && sitesIn(a, s).length === 0 || deviceGrammar(a).outOfMould.test(a.doc.text.slice(m.end, m.end + 60));
    const removeWords = actionsIn(a, s, "remove");
    const replacesRemoved = (m) => {
      const d = governs(m);
      return d !== void 0 && d.start > m.end && d.entry.tags.has("replaces-removed") && deviceGrammar(a).replacedImplant.test(a.doc.text.slice(m.end, d.start));
    };
    const removes = removeWords.filter((m) => ok(m) && !fromMould(m) && !replacesRemoved(m) && !verbDatedEarlier(a, m));
    const counted = (m) => removeWords.length > 0 && /\d[ \t]*$/.test(a.doc.text.slice(Math.max(sent.start, m.start - 8), m.start)) || deviceGrammar(a).countOfWholeBefore.test(a.doc.text.slice(Math.max(sent.start, m.start - 60), m.start));
    const earlierClause = (m) => {
      if (!bothTimes) return false;
      const [from, to] = a.clauseSpan(m);
      const clause = a.doc.text.slice(from, to);
      return namesEarlierTime(a, clause) && !deviceGrammar(a).todayAnchor.test(clause);
    };
    const newOnly = (m) => {
      const d = governs(m);
      return d !== void 0 && d.start > m.end && !ds.some((x) => x.start >= m.end && x.end <= d.start) && deviceGrammar(a).exchangeNew.test(a.doc.text.slice(m.end, d.start));
    };
    const allExchanges = actionsIn(a, s, "exchange").filter(ok);
    const exchanges = allExchanges.filter((m) => !newOnly(m) && !verbDatedEarlier(a, m));
    const inserts = earlier || removalBlock.has(a.sentences[s].section) ? [] : [...actionsIn(a, s, "insert"), ...allExchanges.filter(newOnly)].filter((m) => ok(m) && !intoMould(m) && !pastPerfect(m) && !counted(m) && !earlierClause(m) && !namesEarlier(a, m, governs(m)) && earlierDateAfter(a, m, true) < 0);
    const deviceAffirmed = live2.filter((d) => a.affirmed(d));
    const forms = [...new Set(live2.map((d) => d.form))];
    const span0 = live2[0];
    let didInsert = inserts.length > 0 || exchanges.length > 0;
    let didRemove = removes.length > 0 || exchanges.length > 0;
    const newOfKind = (d) => d.basis === "coreference" && deviceGrammar(a).newDeviceBefore.test(a.doc.text.slice(sent.start, d.start));
    const selfQualified = deviceAffirmed.some((d) => d.basis !== "coreference" && d.basis !== "anaphor" || newOfKind(d));
    const verbless = a.in("actions", s).length === 0 && !deviceGrammar(a).finiteVerb.test(a.sentences[s].text);
    const rowText = deviceGrammar(a).madeInPlace ? a.sentences[s].text.replace(deviceGrammar(a).madeInPlace, " ") : a.sentences[s].text;
    const listsPlaced = !deviceGrammar(a).notPlaced.test(rowText);
    const itemLength = () => {
      const own = deviceAffirmed.filter((x) => x.basis !== "coreference" && x.basis !== "anaphor");
      const unpadded = (t) => t.replace(/ {2,}/g, " ").length;
      if (!own.length) return unpadded(sent.text);
      const from = sent.text.lastIndexOf(";", own[0].start - sent.start) + 1;
      const to = sent.text.indexOf(";", own[own.length - 1].end - sent.start);
      if (sent.text.slice(from, own[own.length - 1].start - sent.start).includes(";")) return unpadded(sent.text);
      return unpadded(sent.text.slice(from, to < 0 ? sent.text.length : to));
    };
    const tableRow = cat === "implants" && (sent.text.match(/\|/g)?.length ?? 0) >= 2;
    const listLine2 = forms.length === 1 && !deviceGrammar(a).finiteVerb.test(sent.text);
    const ownItem = (d) => {
      if (!listLine2 || d.basis === "coreference" || d.basis === "anaphor" || a.in("actions", s).some((m) => governs(m) === d)) return false;
      const { from, to } = itemAround(sent.text, d.start - sent.start, d.end - sent.start, deviceGrammar(a).itemSeparator);
      if (to - from > deviceGrammar(a).g.itemMaxLength) return false;
      const item = sent.text.slice(from, to);
      const inItem = (m) => m.start - sent.start >= from && m.end - sent.start <= to;
      return !a.in("actions", s).some(inItem) && !deviceGrammar(a).wayWord.test(item) && !deviceGrammar(a).notPlaced.test(item);
    };
    const ownItems = cat === "procedure" && !verbless && selfQualified && !earlier && !didInsert && !didRemove ? deviceAffirmed.filter(ownItem) : [];
    const listItem = (cat === "procedure" || cat === "implants") && selfQualified && !earlier && (verbless && (tableRow || itemLength() <= deviceGrammar(a).g.itemMaxLength) || ownItems.length > 0);
    const removedRow = listItem && tableRow && removalTableRow(a, s, true);
    const accounts = () => a.in("removal", s).some((m) => m.entry.tags.has("complete") || m.entry.tags.has("incomplete"));
    const listedOut = listItem && !didInsert && !didRemove && deviceAffirmed.some((d) => deviceGrammar(a).listedOut.test(a.doc.text.slice(d.end, d.end + deviceGrammar(a).g.directionReach)));
    if (listedOut) didRemove = true;
    if (!didInsert && !didRemove && listItem && listsPlaced && !removedRow && !accounts() && !removalBlock.has(a.sentences[s].section) && !mixedBlock.has(a.sentences[s].section)) didInsert = true;
    if (!didInsert && !didRemove && listItem && (removalBlock.has(a.sentences[s].section) || removedRow)) didRemove = true;
    let fragment;
    let fragmentAction;
    if (!didInsert && !didRemove && verbless && a.isOperative(s) && cat !== "procedure" && cat !== "implants") {
      for (const d of deviceAffirmed) {
        const dir = directionOf(a, d);
        if (dir === "remove" || dir === "insert" && !earlier && !intoMould(d)) {
          fragment = d;
          fragmentAction = dir;
          break;
        }
      }
    }
    if (fragment && fragmentAction) {
      raw.push({ action: fragmentAction, s, spans: [fragment], forms: [fragment.form] });
      (fragmentAction === "insert" ? insertSentences : removeSentences).add(s);
      continue;
    }
    const governing = (acts) => {
      const fs = [...new Set(acts.map((m) => governs(m)?.form).filter((f) => f !== void 0))];
      return fs.length ? fs : forms;
    };
    const perForm = (acts) => {
      const byForm = /* @__PURE__ */ new Map();
      for (const m of acts) {
        const f = governs(m)?.form;
        if (f !== void 0) byForm.set(f, [...byForm.get(f) ?? [], m]);
      }
      return byForm.size > 1 ? [...byForm.values()] : [acts];
    };
    if (didInsert && deviceAffirmed.length && !inserts.length && !exchanges.length && !ownItems.length && forms.length > 1 && listItem) {
      for (const f of forms) raw.push({ action: "insert", s, spans: [live2.find((d) => d.form === f)], forms: [f] });
      insertSentences.add(s);
    } else if (didInsert && deviceAffirmed.length) {
      for (const group of inserts.length ? perForm(inserts) : [[]]) {
        const acts = [...group, ...exchanges];
        const own = !acts.length && ownItems.length ? [...new Set(ownItems.map((d) => d.form))] : void 0;
        raw.push({ action: "insert", s, spans: [own ? ownItems[0] : span0, ...group.slice(0, 1), ...exchanges.slice(0, 1)], forms: own ?? governing(acts), anchor: group[0] ?? exchanges[0] });
      }
      if (a.isOperative(s) || cat === "indications") insertSentences.add(s);
    }
    if (didRemove) {
      if (forms.length > 1 && ![...removes, ...exchanges].some((m) => governs(m) !== void 0)) {
        for (const f of forms) raw.push({ action: "remove", s, spans: [live2.find((d) => d.form === f)], forms: [f] });
      } else {
        for (const group of removes.length ? perForm(removes) : [[]]) {
          const acts = [...group, ...exchanges];
          raw.push({ action: "remove", s, spans: [span0, ...group.slice(0, 1), ...exchanges.slice(0, 1)], forms: governing(acts), anchor: group[0] ?? exchanges[0] });
        }
      }
      removeSentences.add(s);
    }
    if (!didInsert && !didRemove && deviceAffirmed.length && a.isOperative(s) && !(earlier && deviceAffirmed.every((d) => nearEarlierAnchor(a, d)))) {
      const removed = removalBlock.has(a.sentences[s].section) || removalTableRow(a, s);
      (removed ? removeSentences : insertSentences).add(s);
      if (!removed) describedOnly.push(s);
    }
  }
  for (const s of raw.some((r) => r.action === "insert") ? bySentence.keys() : []) {
    const undo = a.in("actions", s).filter((m) => m.entry.tags.has("undo") && a.affirmed(m));
    if (!undo.length || !a.isOperative(s)) continue;
    const told = (t) => t < a.sentences.length && deviceGrammar(a).nothingLeft.test(a.sentences[t].text);
    if (!told(s) && !told(s + 1)) continue;
    const forms = new Set((bySentence.get(s) ?? []).map((d) => d.form));
    for (const f of forms) {
      if (raw.some((r) => r.action === "insert" && r.s > s && r.forms.includes(f))) continue;
      for (let i = raw.length - 1; i >= 0; i--) {
        const r = raw[i];
        if (r.action === "insert" && r.s <= s && r.forms.includes(f) && r.forms.every((x) => forms.has(x))) raw.splice(i, 1);
      }
    }
  }
  if (describedOnly.length && !raw.some((r) => r.action === "insert") && raw.some((r) => r.action === "remove")) {
    for (const s of describedOnly) {
      insertSentences.delete(s);
      removeSentences.add(s);
    }
  }
  for (const s of describedOnly) {
    if (a.sentences[s].category !== "findings" || !deviceGrammar(a).foundInPlace.test(a.sentences[s].text)) continue;
    if (a.in("fabrication", s).some((m) => m.entry.tags.has("manual"))) continue;
    const forms = new Set((bySentence.get(s) ?? []).map((d) => d.form));
    if (!raw.some((r) => r.action === "remove" && r.forms.some((f) => forms.has(f)))) continue;
    insertSentences.delete(s);
    removeSentences.add(s);
  }
  for (const s of describedOnly) {
    const prev = s - 1;
    if (prev < 0 || !removeSentences.has(prev) || insertSentences.has(prev) || a.sentences[prev].section !== a.sentences[s].section) continue;
    if (a.in("fabrication", s).some((m) => m.entry.tags.has("manual"))) continue;
    if (!a.in("removal", s).some((m) => m.entry.tags.has("complete") && a.affirmed(m))) continue;
    const forms = new Set((bySentence.get(s) ?? []).map((d) => d.form));
    if (!raw.some((r) => r.action === "remove" && r.s === prev && r.forms.some((f) => forms.has(f)))) continue;
    insertSentences.delete(s);
    removeSentences.add(s);
  }
  for (const s of [...insertSentences]) {
    for (const n of [s - 1, s + 1]) {
      if (n < 0 || n >= a.sentences.length || insertSentences.has(n) || removeSentences.has(n)) continue;
      if (a.sentences[n].section !== a.sentences[s].section || !a.isOperative(n)) continue;
      const prep = a.in("fabrication", n).some((m) => m.entry.tags.has("manual") && a.affirmed(m));
      const drug = a.in("drugs", n).some((m) => a.affirmed(m)) && !a.has("contexts", n, "iv");
      if (prep && drug) insertSentences.add(n);
    }
  }
  if (removalBlock.size && raw.some((r) => r.action === "remove")) {
    for (let s = 0; s < a.sentences.length; s++) {
      if (removalBlock.has(a.sentences[s].section) && !insertSentences.has(s) && a.isOperative(s)) removeSentences.add(s);
    }
  }
  if (raw.some((r) => r.action === "insert")) {
    const logRows = [];
    const withMaterial = /* @__PURE__ */ new Set();
    const woundDrugs = woundPowderDrugs(a);
    for (let s = 0; s < a.sentences.length; s++) {
      if (a.sentences[s].category !== "implants" || insertSentences.has(s) || removeSentences.has(s) || !a.isOperative(s)) continue;
      if (removalBlock.has(a.sentences[s].section)) continue;
      if (notInDevice(a, s)) continue;
      const drugsHere = a.in("drugs", s).filter((m) => a.affirmed(m));
      if (drugsHere.length && drugsHere.every((m) => woundDrugs.has(m.entry.name)) && !a.in("carriers", s).length) continue;
      const material = [...drugsHere, ...a.in("carriers", s)].some((m) => a.affirmed(m));
      const made = a.in("fabrication", s).some((m) => m.entry.tags.has("manual") && a.affirmed(m));
      if (material || made) {
        insertSentences.add(s);
        if (material) withMaterial.add(a.sentences[s].section);
      } else logRows.push(s);
    }
    for (const s of logRows) {
      if (!withMaterial.has(a.sentences[s].section) || a.in("forms", s).length) continue;
      if (a.quantities(s).some((q) => !q.excludedBy)) insertSentences.add(s);
    }
  }
  const runs = tableRunStarts(a);
  for (let s = 0; s < a.sentences.length; s++) {
    if (runs[s] < 0) continue;
    const head = runs[s] - 1;
    if (insertSentences.has(s) || removeSentences.has(s)) continue;
    if (head < 0 || a.sentences[head].section !== a.sentences[s].section || !/:\s*$/.test(a.sentences[head].text)) continue;
    if (!insertSentences.has(head) || !bySentence.has(head)) continue;
    const says = a.in("drugs", s).length || a.in("carriers", s).length || a.quantities(s).some((q) => !q.excludedBy) || a.in("fabrication", s).some((m) => m.entry.tags.has("manual"));
    if (says && !a.has("contexts", s, "iv")) insertSentences.add(s);
  }
  const retracted = retractedForms(a, devices);
  if (retracted.size) {
    for (let i = raw.length - 1; i >= 0; i--) {
      const r = raw[i];
      const sameSection = (f) => a.sentences[r.s].section === a.sentences[retracted.get(f)].section;
      if (r.action === "insert" && r.forms.every((f) => retracted.has(f) && (r.s < retracted.get(f) || sameSection(f)))) raw.splice(i, 1);
    }
  }
  const listed = (s) => listLine(a, s);
  for (const action of ["insert", "remove"]) {
    const negated = narrativeNegatedForms(a, devices, action);
    if (!negated.size) continue;
    const toldInNarrative = new Set(raw.filter((r) => r.action === action && !listed(r.s)).flatMap((r) => r.forms));
    for (let i = raw.length - 1; i >= 0; i--) {
      const r = raw[i];
      if (r.action === action && listed(r.s) && r.forms.every((f) => negated.has(f) && !toldInNarrative.has(f))) raw.splice(i, 1);
    }
  }
  const attested = new Set(raw.filter((r) => attestationSentence(a, r.s)));
  if (attested.size && attested.size < raw.length) {
    const told = new Set(raw.filter((r) => !attested.has(r)).flatMap((r) => r.forms.map((f) => `${r.action} ${f}`)));
    for (let i = raw.length - 1; i >= 0; i--) {
      const r = raw[i];
      if (attested.has(r) && !r.forms.some((f) => told.has(`${r.action} ${f}`))) raw.splice(i, 1);
    }
  }
  const resolved = resolveSites(a, raw, bySentence, insertSentences, removeSentences);
  const correcting = resolved.filter((e) => e.sentences.some((s) => correctionSentence(a, s)));
  const events = resolved.filter(
    (e) => !correcting.some((c) => c !== e && c.action === e.action && c.site !== e.site && c.site !== "unspecified" && e.forms.every((f) => c.forms.includes(f)) && !e.sentences.some((s) => correctionSentence(a, s)))
  );
  const frames = buildFrames(a, events, devices, insertSentences, removeSentences);
  return { devices, insertSentences, removeSentences, events, frames };
}
function correctionSentence(a, s) {
  const dg = deviceGrammar(a);
  const sent = a.sentences[s];
  if (inTitledSection(a, s, (title) => dg.correction.test(title) || dg.attestation.test(title))) return true;
  if (dg.correction.test(sent.text)) return true;
  const prev = a.sentences[s - 1];
  return prev !== void 0 && prev.section === sent.section && dg.correction.test(prev.text);
}
function inTitledSection(a, s, titled) {
  const dg = deviceGrammar(a);
  const sec = a.sentences[s].section;
  for (let i = sec; i >= 0 && i >= sec - 4; i--) {
    const title = a.sections[i]?.title ?? "";
    if (title !== "" && titled(title)) return true;
    if (!dg.byline.test(title)) break;
  }
  return false;
}
function attestationSentence(a, s) {
  return inTitledSection(a, s, (title) => deviceGrammar(a).attestation.test(title));
}
function retractedForms(a, devices) {
  const out = /* @__PURE__ */ new Map();
  const formAt = formByStart(devices);
  const retracts = /* @__PURE__ */ new Map();
  for (const m of a.mentions("forms")) {
    let r = retracts.get(m.sentence);
    if (r === void 0) {
      r = correctionSentence(a, m.sentence) && a.in("actions", m.sentence).some((act) => act.entry.tags.has("insert") && a.assertion(act).negated);
      retracts.set(m.sentence, r);
    }
    if (!r) continue;
    const named = formAt.get(m.start) ?? m.entry.name;
    if (!out.has(named)) out.set(named, m.sentence);
  }
  return out;
}
function formByStart(devices) {
  const out = /* @__PURE__ */ new Map();
  for (const d of devices) if (!out.has(d.start)) out.set(d.start, d.form);
  return out;
}
function narrativeNegatedForms(a, devices, action) {
  const out = /* @__PURE__ */ new Set();
  const formAt = formByStart(devices);
  const bySentence = bySentenceOf(devices);
  const negates = /* @__PURE__ */ new Map();
  for (const m of a.mentions("forms")) {
    let n = negates.get(m.sentence);
    if (n === void 0) {
      const acts = listLine(a, m.sentence) || !a.isOperative(m.sentence) ? [] : a.in("actions", m.sentence).filter((act) => act.entry.tags.has(action) || action === "insert" && act.entry.tags.has("exchange"));
      n = null;
      if (acts.length > 0 && acts.every((act) => a.assertion(act).negated)) {
        const ds = bySentence.get(m.sentence) ?? [];
        if (!ds.length) n = "all";
        else {
          const governed = acts.map((act) => governedDevice(a, act, ds)).filter((d) => d !== void 0);
          const affirmedGoverns = governed.length ? void 0 : new Set(a.in("actions", m.sentence).filter((act) => a.affirmed(act)).map((act) => governedDevice(a, act, ds)));
          n = new Set((affirmedGoverns ? ds.filter((d) => !affirmedGoverns.has(d)) : governed).map((d) => d.form));
        }
      }
      negates.set(m.sentence, n);
    }
    const form = formAt.get(m.start) ?? m.entry.name;
    if (n === "all" || n?.has(form)) out.add(form);
  }
  return out;
}
function listLine(a, s) {
  const sent = a.sentences[s];
  return deviceGrammar(a).g.listCategories.includes(sent.category) && !deviceGrammar(a).finiteVerb.test(sent.text);
}
var devicesBySentence = /* @__PURE__ */ new WeakMap();
function bySentenceOf(devices) {
  let by = devicesBySentence.get(devices);
  if (!by) {
    by = /* @__PURE__ */ new Map();
    for (const d of devices) {
      const list3 = by.get(d.sentence);
      if (list3) list3.push(d);
      else by.set(d.sentence, [d]);
    }
    devicesBySentence.set(devices, by);
  }
  return by;
}
function formsNamed(a, s, devices) {
  const out = /* @__PURE__ */ new Set();
  for (const d of bySentenceOf(devices).get(s) ?? []) if (d.lexicon !== "carriers") out.add(d.form);
  for (const m of a.in("forms", s)) out.add(m.entry.name);
  return out;
}
function buildFrames(a, events, devices, insertSentences, removeSentences) {
  const frames = events.map((e) => ({ action: e.action, site: e.site, forms: [...e.forms], sentences: new Set(e.sentences), materials: /* @__PURE__ */ new Set() }));
  const eventSentences = new Set(events.flatMap((e) => e.sentences));
  const onlyOfForm = (f, form) => f.action === "insert" && f.forms.includes(form) && frames.filter((g) => g.action === "insert" && g.forms.includes(form)).length === 1;
  const madeFrom = () => {
    for (const f of frames) {
      for (const d of devices) {
        if (d.from === void 0 || f.sentences.has(d.from)) continue;
        if (f.sentences.has(d.sentence)) f.sentences.add(d.from);
        else if (onlyOfForm(f, d.form)) {
          f.sentences.add(d.from);
          f.sentences.add(d.sentence);
        }
      }
    }
  };
  madeFrom();
  for (const action of ["insert", "remove"]) {
    const mine = frames.filter((f) => f.action === action);
    if (!mine.length) continue;
    const described = [...action === "insert" ? insertSentences : removeSentences].filter((d) => !eventSentences.has(d)).sort((x, y) => x - y);
    const formless = [];
    for (const d of described) {
      if (mine.length === 1) {
        mine[0].sentences.add(d);
        continue;
      }
      const named = formsNamed(a, d, devices);
      const byForm = mine.filter((f) => f.forms.some((x) => named.has(x)));
      if (!named.size) formless.push(d);
      else {
        const cands = byForm.length ? byForm : mine;
        const ownLater = (f) => [...eventSentences, ...described].some((s) => s > d && preparesHere(a, s) && [...formsNamed(a, s, devices)].some((x) => f.forms.includes(x)));
        const makes = cands.length > 1 && preparesHere(a, d) ? cands.filter((f) => [...f.sentences].some((s) => s > d && eventSentences.has(s)) && !ownLater(f)) : [];
        if (makes.length > 1) for (const f of makes) f.sentences.add(d);
        else nearest(cands, d).sentences.add(d);
      }
    }
    madeFrom();
    for (const d of formless) {
      const sent = a.sentences[d];
      if (sent.category === "implants") {
        const heading2 = headingForms(a).get(sent.section);
        const headedBy = heading2 ? mine.filter((f) => f.forms.some((x) => heading2.forms.has(x))) : [];
        if (headedBy.length === 1) {
          headedBy[0].sentences.add(d);
          continue;
        }
        const toldWith = (lexicon) => {
          const names = new Set(a.in(lexicon, d).map((m) => m.entry.name));
          return names.size ? mine.filter((f) => [...f.sentences].some((s) => a.sentences[s].category !== "implants" && a.in(lexicon, s).some((m) => names.has(m.entry.name)))) : [];
        };
        const narrower = (fs) => fs.length > 0 && fs.length < mine.length;
        const madeOfThose = toldWith("carriers");
        const loadedWithThose = a.in("carriers", d).length ? [] : toldWith("drugs");
        const takers2 = narrower(madeOfThose) ? madeOfThose : narrower(loadedWithThose) ? loadedWithThose : mine;
        for (const f of takers2) f.sentences.add(d);
        continue;
      }
      const after = mine.filter((f) => [...f.sentences].some((s) => s > d && a.sentences[s].section === sent.section));
      const ownPrep = (f) => [...f.sentences].some((s) => {
        if (s <= d || a.sentences[s].section !== sent.section || !a.in("carriers", s).length) return false;
        const t = a.sentences[s].text;
        if (deviceGrammar(a).separateMaterial.test(t)) return true;
        return a.quantities(s).some((q) => !q.excludedBy && deviceGrammar(a).materialUnits.has(q.unit)) && !deviceGrammar(a).materialReference.test(t);
      });
      const takers = after.length > 1 ? after.filter((f) => !ownPrep(f)) : after;
      if (takers.length) for (const f of takers) f.sentences.add(d);
      else if (after.length) for (const f of after) f.sentences.add(d);
      else nearest(mine, d).sentences.add(d);
    }
  }
  for (const f of frames) for (const d of devices) if (d.madeOf !== void 0 && f.sentences.has(d.sentence) && !f.sentences.has(d.madeOf)) f.materials.add(d.madeOf);
  const headed = headingForms(a);
  if (headed.size) {
    const inserted = frames.filter((f) => f.action === "insert");
    const owner = /* @__PURE__ */ new Map();
    for (const [sec, h] of headed) {
      const run = /* @__PURE__ */ new Set();
      for (let x = sec; headed.has(x); x--) run.add(x);
      const own = h.loaded ? inserted.filter((f) => f.forms.some((x) => h.forms.has(x))) : inserted.filter((f) => f.forms.some((x) => h.forms.has(x)) && [...f.sentences].some((t) => run.has(a.sentences[t].section)));
      owner.set(sec, own.length === 1 ? own[0] : void 0);
    }
    for (let s = 0; s < a.sentences.length; s++) {
      const f = owner.get(a.sentences[s].section);
      if (f && !notInDevice(a, s)) f.sentences.add(s);
    }
  }
  const implantBlocks = /* @__PURE__ */ new Map();
  for (let s = 0; s < a.sentences.length; s++) {
    if (a.sentences[s].category !== "implants") continue;
    const sec = a.sentences[s].section;
    implantBlocks.set(sec, [...implantBlocks.get(sec) ?? [], s]);
  }
  const woundDrugRow = (t) => {
    const ds = a.in("drugs", t);
    return ds.length > 0 && ds.every((m) => woundPowderDrugs(a).has(m.entry.name)) && !a.in("carriers", t).length && !a.in("fabrication", t).length && !a.in("actions", t).length;
  };
  for (const rows of implantBlocks.values()) {
    const holders = frames.filter((f) => f.action === "insert" && rows.some((t) => f.sentences.has(t)));
    if (holders.length !== 1 || frames.some((f) => f.action === "remove" && rows.some((t) => f.sentences.has(t)))) continue;
    for (const t of rows) if (!notInDevice(a, t) && !woundDrugRow(t)) holders[0].sentences.add(t);
  }
  const runs = tableRunStarts(a);
  for (let s = 0; s < a.sentences.length; s++) {
    if (runs[s] < 0 || runs[s] === s) continue;
    const header = tableHeaderOf(a, s);
    const named = new Set(a.matchText("forms", header[0]).map((m) => m.entry.name));
    if (!named.size) continue;
    const action = removalTableRow(a, s) ? "remove" : "insert";
    const own = frames.filter((f) => f.action === action && f.forms.some((x) => named.has(x)));
    if (own.length === 1 && !notInDevice(a, s)) own[0].sentences.add(s);
  }
  for (const table of pipeTables(a)) {
    const s = table.sentences[0];
    const end = table.sentences[table.sentences.length - 1];
    const holders = frames.filter((f2) => [...f2.sentences].some((t) => t >= s && t <= end));
    if (holders.length !== 1) continue;
    const f = holders[0];
    const material = [];
    for (let t = s + 1; t <= end; t++) {
      if (f.sentences.has(t) || notInDevice(a, t)) continue;
      const own = (f.action === "insert" || removalTableRow(a, t)) && (a.in("drugs", t).length > 0 || a.in("carriers", t).length > 0 && !a.in("carriers", t).every((c) => fixedElsewhere(a, c)) || f.action === "insert" && a.in("fabrication", t).some((m) => m.entry.tags.has("manual")));
      if (own) material.push(t);
    }
    for (const t of material) f.sentences.add(t);
    const between = [];
    for (let t = s + 1; t <= end; t++) {
      if (f.sentences.has(t) || notInDevice(a, t)) continue;
      const wrapped = f.sentences.has(t - 1) && /\|[ \t]*\|/.test(a.sentences[t].text) && a.in("forms", t).every((m) => f.forms.includes(m.entry.name));
      if (f.sentences.has(t - 1) && f.sentences.has(t + 1) || wrapped) between.push(t);
    }
    for (const t of between) f.sentences.add(t);
  }
  for (const f of frames) {
    for (const s of [...f.sentences]) for (const t of subItemSentences(a, s)) if (!notInDevice(a, t)) f.sentences.add(t);
  }
  return frames;
}
var SUB_ITEM = /^(?:\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|\(?\d{1,2}[.)]|[-*+\u2022\u25cf\u25aa])[ ]/i;
function subItemSentences(a, s) {
  const text = a.doc.text;
  const sent = a.sentences[s];
  const lineStart = text.lastIndexOf("\n", sent.start - 1) + 1;
  const indentOf = (at2) => {
    let i = at2;
    while (text.charCodeAt(i) === 32) i++;
    return i - at2;
  };
  const own = indentOf(lineStart);
  let at = text.indexOf("\n", sent.end);
  if (at < 0 || text.slice(sent.end, at).trim() !== "") return [];
  let end = at;
  for (let next = at + 1; next < text.length; ) {
    const nl3 = text.indexOf("\n", next);
    const lineEnd2 = nl3 < 0 ? text.length : nl3;
    if (text.slice(next, lineEnd2).trim() === "" || indentOf(next) <= own) break;
    if (!SUB_ITEM.test(text.slice(next + indentOf(next), lineEnd2)) && end === at) break;
    end = lineEnd2;
    next = lineEnd2 + 1;
  }
  if (end === at) return [];
  const out = [];
  for (let t = s + 1; t < a.sentences.length && a.sentences[t].start < end; t++) if (a.sentences[t].start > at) out.push(t);
  return out;
}
var tableRunMemo = /* @__PURE__ */ new WeakMap();
function tableRunStarts(a) {
  let starts = tableRunMemo.get(a);
  if (!starts) {
    starts = new Int32Array(a.sentences.length).fill(-1);
    for (let s = 0; s < a.sentences.length; s++) {
      if (!a.sentences[s].text.startsWith("|")) continue;
      const p = s - 1;
      starts[s] = p >= 0 && starts[p] >= 0 && a.sentences[p].section === a.sentences[s].section ? starts[p] : s;
    }
    tableRunMemo.set(a, starts);
  }
  return starts;
}
function rowCells(a, s) {
  const sent = a.sentences[s];
  if (!sent.text.startsWith("|")) return void 0;
  const cells2 = [];
  const text = a.doc.text;
  let at = sent.start + 1;
  while (at < sent.end) {
    let bar = text.indexOf("|", at);
    if (bar < 0 || bar > sent.end) bar = sent.end;
    const raw = text.slice(at, bar);
    const lead = raw.length - raw.trimStart().length;
    if (bar < sent.end || raw.trim() !== "") cells2.push({ text: raw.trim(), start: at + lead });
    at = bar + 1;
  }
  return cells2;
}
var pipeTablesMemo = /* @__PURE__ */ new WeakMap();
function pipeTables(a) {
  const memo = pipeTablesMemo.get(a);
  if (memo) return memo;
  const runs = tableRunStarts(a);
  const out = [];
  for (let s = 0; s < a.sentences.length; s++) {
    if (runs[s] !== s) continue;
    const table = { header: rowCells(a, s) ?? [], rows: [], rowSentences: [], sentences: [s] };
    let t = s + 1;
    for (; t < a.sentences.length && runs[t] === s; t++) {
      table.sentences.push(t);
      const cells2 = rowCells(a, t);
      if (cells2) {
        table.rows.push(cells2);
        table.rowSentences.push(t);
      }
    }
    out.push(table);
    s = t - 1;
  }
  pipeTablesMemo.set(a, out);
  return out;
}
function tableHeaderOf(a, s) {
  const h = tableRunStarts(a)[s];
  if (h < 0 || h === s) return void 0;
  return a.sentences[h].text.trim().replace(/^\|/, "").replace(/\|$/, "").split("|");
}
var removalTableMemo = /* @__PURE__ */ new WeakMap();
function removalTableRow(a, s, only = false) {
  const h = tableRunStarts(a)[s];
  if (h < 0 || h === s) return false;
  let memo = removalTableMemo.get(a);
  if (!memo) removalTableMemo.set(a, memo = /* @__PURE__ */ new Map());
  let kind = memo.get(h);
  if (kind === void 0) {
    const cells2 = tableHeaderOf(a, s).map((c) => ({ c, acts: a.matchText("actions", c) }));
    const removes = cells2.filter((x) => x.acts.some((m) => m.entry.tags.has("remove")));
    const placement = cells2.some((x) => x.acts.some((m) => m.entry.tags.has("insert")));
    kind = removes.length === 0 ? "none" : !placement ? "only" : removes.some((x) => deviceGrammar(a).todayAnchor.test(x.c)) ? "today" : "none";
    memo.set(h, kind);
  }
  return only ? kind === "only" : kind !== "none";
}
function siteColumnSites(a, s) {
  const sent = a.sentences[s];
  const header = tableHeaderOf(a, s);
  if (!header) return [];
  const col = header.findIndex((c) => deviceGrammar(a).siteHeader.test(c.trim()));
  if (col < 0) return [];
  let from = sent.text.indexOf("|");
  for (let i = 0; i < col && from >= 0; i++) from = sent.text.indexOf("|", from + 1);
  if (from < 0) return [];
  const to = sent.text.indexOf("|", from + 1);
  const lo = sent.start + from;
  const hi = sent.start + (to < 0 ? sent.text.length : to);
  return sitesIn(a, s).filter((m) => m.start >= lo && m.end <= hi);
}
function preparesHere(a, s) {
  return a.in("carriers", s).some((m) => a.affirmed(m)) && a.in("fabrication", s).some((m) => m.entry.tags.has("manual") && a.affirmed(m));
}
function nearest(candidates, d) {
  let best = candidates[0];
  let bestDist = Infinity;
  for (const f of candidates) {
    for (const s of f.sentences) {
      const dist = Math.abs(s - d) - ((f.action === "remove" ? s < d : s > d) ? 0.5 : 0);
      if (dist < bestDist) {
        bestDist = dist;
        best = f;
      }
    }
  }
  return best;
}
function resolveSites(a, raw, bySentence, insertSentences, removeSentences) {
  const merged = /* @__PURE__ */ new Map();
  let placedBefore;
  const unsitedExchanges = [];
  const add = (action, site, r, siteMention) => {
    const key2 = `${action}:${site}`;
    let e = merged.get(key2);
    if (!e) {
      e = { action, site, sentences: [], spans: [], forms: [], order: r.anchor?.start ?? Math.min(...r.spans.map((x) => x.start)) };
      if (siteMention) e.siteMention = siteMention;
      merged.set(key2, e);
    }
    if (!e.siteMention && siteMention) e.siteMention = siteMention;
    if (!e.sentences.includes(r.s)) e.sentences.push(r.s);
    const lo = Math.min(...r.spans.map((x) => x.start), siteMention && siteMention.sentence === r.s ? siteMention.start : Infinity);
    const hi = Math.max(...r.spans.map((x) => x.end), siteMention && siteMention.sentence === r.s ? siteMention.end : -Infinity);
    e.spans.push({ start: lo, end: hi, sentence: r.s });
    for (const f of r.forms) if (!e.forms.includes(f)) e.forms.push(f);
  };
  const listedSites = (r) => {
    for (const [s, ds] of bySentence) {
      if (a.sentences[s].category !== "procedure" || !ds.some((d) => r.forms.includes(d.form))) continue;
      if (a.operationAt(a.sentences[s].start).kind === "appended" && a.operationAt(a.sentences[r.s].start).kind !== "appended") continue;
      for (const [from, to] of semicolonClauses(a, s)) {
        const inClause = (m) => m.start >= from && m.start < to;
        if (!ds.some((d) => r.forms.includes(d.form) && inClause(d))) continue;
        const acts = a.in("actions", s).filter(inClause);
        const matchesAction = r.action === "insert" ? !acts.some((m) => m.entry.tags.has("remove")) || acts.some((m) => m.entry.tags.has("insert") || m.entry.tags.has("exchange")) : acts.some((m) => m.entry.tags.has("remove") || m.entry.tags.has("exchange"));
        if (!matchesAction) continue;
        const found = sitesIn(a, s).filter(inClause);
        if (found.length) return found;
      }
    }
    return [];
  };
  const fieldSites = (action) => {
    const described = action === "insert" ? insertSentences : removeSentences;
    const sections = new Set([...described].map((s) => a.sentences[s].section));
    const whereBlock = (i) => sections.has(i - 1) && deviceGrammar(a).siteLabel.test(a.sections[i]?.title?.trim() ?? "");
    for (let s = 0; s < a.sentences.length; s++) {
      const sec = a.sentences[s].section;
      if (whereBlock(sec)) {
        const found2 = sitesIn(a, s);
        if (found2.length) return found2;
      }
      if (!sections.has(sec)) continue;
      if (described.has(s)) {
        const inColumn = siteColumnSites(a, s);
        if (inColumn.length) return inColumn;
      }
      if (!deviceGrammar(a).siteField.test(a.sentences[s].text)) continue;
      const found = sitesIn(a, s);
      if (found.length) return found;
    }
    return [];
  };
  const unsited = [];
  const toldWhere = /* @__PURE__ */ new Set();
  for (const r of raw) {
    const governed = r.anchor ? governedSites(a, r.anchor, sitesIn(a, r.s)) : sitesIn(a, r.s);
    const stated = governed === null;
    let sites = governed ?? [];
    if (!sites.length && !stated) {
      const sec = a.sentences[r.s].section;
      const formsAt = (n) => (bySentence.get(n) ?? []).map((d) => d.form);
      const usable = (n) => {
        if (n < 0 || n >= a.sentences.length || n === r.s || a.sentences[n].section !== sec) return false;
        if (a.operationAt(a.sentences[n].start) !== a.operationAt(a.sentences[r.s].start)) return false;
        if (bySentence.has(n) && a.sentences[n].category !== "procedure" && sitesIn(a, n).length && raw.some((x) => x.s === n && x.action === r.action)) return false;
        if (r.anchor?.entry.tags.has("exchange") && raw.some((x) => x.s === n && x.action !== r.action)) return false;
        return true;
      };
      const ownSites = (n) => {
        const all = sitesIn(a, n);
        const ds = bySentence.get(n) ?? [];
        if (new Set(ds.map((d) => d.form)).size < 2) return all;
        const out = [];
        for (const d of ds) {
          if (!r.forms.includes(d.form)) continue;
          const next = ds.find((o) => o.start > d.end && o.form !== d.form);
          out.push(...all.filter((m) => m.start >= d.end && (!next || m.start < next.start)));
        }
        return out.length ? out : all;
      };
      for (const n of [r.s - 1, r.s + 1, r.s - 2, r.s + 2]) {
        if (!usable(n) || !formsAt(n).some((f) => r.forms.includes(f))) continue;
        sites = ownSites(n);
        if (sites.length) break;
      }
      if (!sites.length && r.action === "remove") sites = listedSites(r);
      if (!sites.length && a.sentences[r.s].category !== "procedure") {
        for (const n of [r.s - 1, r.s + 1]) {
          const fs = formsAt(n);
          if (!usable(n) || fs.length && !fs.some((f) => r.forms.includes(f))) continue;
          sites = sitesIn(a, n);
          if (sites.length) break;
        }
      }
    }
    if (!sites.length && !stated) sites = listedSites(r);
    if (!sites.length && !stated && r.action === "remove") {
      placedBefore ??= earlierPlacements(a, bySentence);
      for (const f of r.forms) {
        const at = placedBefore.get(f);
        if (at) {
          sites = at;
          break;
        }
      }
    }
    const distinct = /* @__PURE__ */ new Map();
    for (const m of sites) {
      const site = siteOf(m);
      if (!distinct.has(site)) distinct.set(site, m);
    }
    if (stated || distinct.size) toldWhere.add(r.action);
    else unsited.push(r);
    const inExchange = () => a.in("actions", r.s).some((m) => m.entry.tags.has("exchange") && a.affirmed(m)) && a.in("actions", r.s).some((m) => m.entry.tags.has("remove") && a.affirmed(m));
    if (distinct.size === 0 && r.action === "insert" && !stated && (r.anchor?.entry.tags.has("exchange") || inExchange())) unsitedExchanges.push(r);
    else if (distinct.size === 0) add(r.action, "unspecified", r);
    else for (const [site, m] of distinct) add(r.action, site, r, m);
  }
  for (const action of ["insert", "remove"]) {
    if (toldWhere.has(action) || !unsited.some((r) => r.action === action)) continue;
    const field = fieldSites(action);
    if (!field.length) continue;
    merged.delete(`${action}:unspecified`);
    for (const r of unsited) if (r.action === action) add(action, siteOf(field[0]), r, field[0]);
  }
  for (const r of unsitedExchanges) {
    const sited = (action) => [...merged.values()].find((e) => e.action === action && e.site !== "unspecified" && e.forms.some((f) => r.forms.includes(f)));
    const out = sited("insert") ? void 0 : sited("remove");
    if (out) add("insert", out.site, r, out.siteMention);
    else add("insert", "unspecified", r);
  }
  const events = [...merged.values()];
  const formNames = new Set(a.mentions("forms").map((m) => m.entry.name));
  const otherDevice = (e, o) => {
    if (e.action !== "insert") return false;
    const told = new Set(e.sentences.filter((s) => a.sentences[s].category !== "implants").flatMap((s) => a.in("forms", s).map((m) => m.entry.name)));
    const mine = e.forms.filter((f) => formNames.has(f) && (!told.size || told.has(f)));
    const theirs = o.forms.filter((f) => formNames.has(f));
    return mine.length > 0 && theirs.length > 0 && !mine.some((f) => theirs.includes(f));
  };
  const jointForms = new Set(a.mentions("forms").filter((m) => m.entry.tags.has("joint")).map((m) => m.entry.name));
  const merged2 = events.filter((e) => {
    if (e.site !== "intramedullary" || !e.forms.length || !e.forms.every((f) => jointForms.has(f))) return true;
    const joint = events.find((o) => o.action === e.action && o.site === "intra-articular" && o.forms.some((f) => e.forms.includes(f)));
    if (!joint) {
      if (e.sentences.some((x) => sitesIn(a, x).some((m) => siteOf(m) === "intra-articular"))) e.site = "intra-articular";
      return true;
    }
    for (const s of e.sentences) if (!joint.sentences.includes(s)) joint.sentences.push(s);
    joint.spans.push(...e.spans);
    return false;
  });
  const canalForms = new Set(a.mentions("forms").filter((m) => m.entry.tags.has("canal")).map((m) => m.entry.name));
  const inCanal = (e) => e.site === "unspecified" && e.forms.length > 0 && e.forms.every((f) => canalForms.has(f)) ? { ...e, site: "intramedullary" } : e;
  const sameDevice = (e) => merged2.filter((o) => o !== e && o.action === e.action && o.site !== "unspecified" && !otherDevice(e, o));
  for (const e of merged2) {
    if (e.site !== "unspecified" || !e.forms.length) continue;
    const same = sameDevice(e);
    const host = same.length === 1 ? same[0] : void 0;
    if (!host || !e.forms.every((f) => host.forms.includes(f))) continue;
    for (const x of e.sentences) if (!host.sentences.includes(x)) host.sentences.push(x);
  }
  return merged2.filter((e) => e.site !== "unspecified" || !sameDevice(e).length).map(inCanal).sort((x, y) => x.order - y.order).map(({ order: _order, ...e }) => e);
}
function semicolonClauses(a, s) {
  const sent = a.sentences[s];
  const out = [];
  let from = sent.start;
  for (let i = sent.text.indexOf(";"); i >= 0; i = sent.text.indexOf(";", i + 1)) {
    out.push([from, sent.start + i]);
    from = sent.start + i + 1;
  }
  out.push([from, sent.end]);
  return out;
}
function earlierPlacements(a, bySentence) {
  const out = /* @__PURE__ */ new Map();
  for (const [s, ds] of [...bySentence].sort((x, y) => x[0] - y[0])) {
    const earlierTold = anchoredEarlier(a, s) || ds.some((d) => a.assertion(d).historical) || a.operationAt(a.sentences[s].start).kind === "earlier";
    if (!earlierTold || !a.in("actions", s).some((m) => m.entry.tags.has("insert"))) continue;
    const sites = sitesIn(a, s);
    if (!sites.length) continue;
    const sorted = [...ds].sort((x, y) => x.start - y.start);
    sorted.forEach((d, i) => {
      if (out.has(d.form)) return;
      const next = sorted.slice(i + 1).find((o) => o.form !== d.form && o.start >= d.end)?.start ?? Infinity;
      const prev = [...sorted.slice(0, i)].reverse().find((o) => o.form !== d.form && o.end <= d.start)?.end ?? -Infinity;
      const after = sites.filter((m) => m.start >= d.end && m.start < next);
      const before = sites.filter((m) => m.end <= d.start && m.start >= prev);
      const own = after.length ? after : before;
      out.set(d.form, sorted.some((o) => o.form !== d.form) && own.length ? own : sites);
    });
  }
  return out;
}
function governedSites(a, act, sites) {
  const text = a.doc.text;
  const dg = deviceGrammar(a);
  const sent = a.sentences[act.sentence];
  const semiBefore = text.slice(sent.start, act.start).lastIndexOf(";");
  const semiAfter = text.slice(act.end, sent.end).indexOf(";");
  const clauseStart = sent.start + semiBefore + 1;
  const clauseEnd = semiAfter < 0 ? sent.end : act.end + semiAfter;
  const inClause = sites.filter((m) => m.start >= clauseStart && m.end <= clauseEnd);
  if (!inClause.length) {
    const placeBefore = withInstrument(a, act);
    const generic = a.in("sites", act.sentence).some(
      (m) => m.entry.tags.has("generic") && (m.start >= act.end && m.start - act.end <= dg.g.siteWindow && m.end <= clauseEnd || placeBefore && m.end <= act.start && act.start - m.end <= dg.g.siteWindow && m.start >= clauseStart || // (or where the device was found, just before: "the beads were found in the wound ... and removed")
      m.end <= act.start && act.start - m.end <= dg.g.siteWindow && m.start >= clauseStart && act.entry.tags.has("remove")) && !a.assertion(m).negated
    );
    if (generic) return null;
  }
  const distinct = new Set(sites.map((m) => siteOf(m)));
  if (distinct.size <= 1) {
    const pointed = sites.filter((m) => m.start >= act.end && m.start - act.end <= dg.g.siteWindow && !/[;]/.test(text.slice(act.end, m.start)));
    return pointed.length ? [...pointed, ...sites.filter((m) => !pointed.includes(m))] : sites;
  }
  const afterAll = sites.filter((m) => m.start >= act.end && !/[;]/.test(text.slice(act.end, m.start)));
  const after = afterAll.filter((m) => m.start - act.end <= dg.g.siteWindow);
  if (after.length) {
    const chosen = [after[0]];
    for (const m of afterAll.slice(afterAll.indexOf(after[0]) + 1)) {
      const prev = chosen[chosen.length - 1];
      const between = text.slice(prev.end, m.start);
      if (/^[\s-]*$/.test(between) && siteOf(m) === siteOf(prev)) continue;
      if (m.start - act.end > dg.g.siteWindow && !dg.repeatedPlace.test(between)) break;
      if (dg.coordinated.test(between) && !dg.verbBetween.test(between)) chosen.push(m);
      else break;
    }
    return chosen;
  }
  const before = sites.filter((m) => m.end <= act.start && !/[;]/.test(text.slice(m.end, act.start)));
  return before.length ? [before[before.length - 1]] : sites;
}
function eventEvidence(a, e) {
  return e.spans.slice(0, 3).map((s) => a.evidence(s.start, s.end));
}

// src/checks/common.ts
var uniq = (xs) => [...new Set(xs)];
var quoteList = (xs) => uniq(xs.map((x) => x.trim())).slice(0, 4).map((x) => `'${x}'`).join(", ");
function assertionOf(a, m) {
  const d = a.assertion(m);
  if (d.negated) return "negated";
  if (d.historical) return "historical";
  if (d.hypothetical) return anchoredEarlier(a, m.sentence) ? "historical" : "hypothetical";
  if (d.possible) return "possible";
  return "affirmed";
}
function refMentions(a, refs, sentences) {
  const out = [];
  const order = sentences ? [...sentences].sort((x, y) => x - y) : null;
  for (const r of refs) {
    const ms = order ? order.flatMap((s) => a.in(r.lexicon, s)) : a.mentions(r.lexicon);
    for (const m of ms) {
      if (r.tags && !r.tags.some((t) => m.entry.tags.has(t))) continue;
      if (a.operationAt(m.start).kind === "appended") continue;
      out.push(m);
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
function explainOf(a, m, accepted, note2) {
  const e = {
    pattern: `${m.lexicon}/${m.entry.name}`,
    term: m.text,
    evidence: a.evidence(m.start, m.end),
    accepted
  };
  const ctx = note2 ?? withScope(a, m);
  if (ctx) e.context = ctx;
  return e;
}
function withScope(a, m) {
  const d = a.assertion(m);
  const text = a.sentences[m.sentence].text;
  const scopes = d.triggers.filter((t) => t.direction !== "section").map((t) => `'${text.slice(t.scopeStart, t.scopeEnd).trim().slice(0, 60)}'`);
  return `${describeAssertion(d)}${scopes.length ? `; scope ${scopes.join(", ")}` : ""}`;
}
function eventsFor(ctx) {
  const all = ctx.dev.events.filter((e) => e.action === ctx.pack.action);
  return { all, mine: all.filter((e) => e.site === ctx.pack.site) };
}
function ownNoteSentences(ctx) {
  const own = /* @__PURE__ */ new Set();
  const other = /* @__PURE__ */ new Set();
  for (const f of ctx.dev.frames) {
    if (f.action !== ctx.pack.action) continue;
    for (const s of f.sentences) (f.site === ctx.pack.site ? own : other).add(s);
  }
  if (!own.size || !other.size) return null;
  const scope = /* @__PURE__ */ new Set();
  for (let s = 0; s < ctx.a.sentences.length; s++) if (own.has(s) || !other.has(s)) scope.add(s);
  return scope;
}
function scopeSentences(ctx, materials = false) {
  const { all, mine } = eventsFor(ctx);
  const base = ctx.pack.action === "insert" ? ctx.dev.insertSentences : ctx.dev.removeSentences;
  const scope = new Set(base);
  if (ctx.pack.action === "remove") {
    for (const s of base) {
      for (const n of [s - 1, s + 1]) {
        if (n >= 0 && n < ctx.a.sentences.length && !ctx.dev.insertSentences.has(n) && ctx.a.isOperative(n)) {
          if (ctx.dev.devices.some((d) => d.sentence === n)) scope.add(n);
        }
      }
    }
  }
  if (mine.length && all.length > mine.length) {
    const frames = ctx.dev.frames.filter((f) => f.action === ctx.pack.action);
    const own = new Set(frames.filter((f) => f.site === ctx.pack.site).flatMap((f) => [...f.sentences]));
    for (const f of frames) if (f.site !== ctx.pack.site) {
      for (const s of f.sentences) if (!own.has(s)) scope.delete(s);
    }
  }
  for (const e of all) for (const s of e.sentences) if (e.site === ctx.pack.site || !mine.length) scope.add(s);
  for (const f of ctx.dev.frames) {
    if (f.action !== ctx.pack.action || f.site !== ctx.pack.site) continue;
    for (const s of f.sentences) scope.add(s);
    if (materials) for (const s of f.materials) scope.add(s);
  }
  if (ctx.pack.action === "remove") {
    const forms = new Set((mine.length ? mine : all).flatMap((e) => e.forms));
    for (const d of ctx.dev.devices) {
      if (!forms.has(d.form) || scope.has(d.sentence)) continue;
      const sent = ctx.a.sentences[d.sentence];
      if (ctx.a.operationAt(sent.start).kind === "earlier" || ctx.a.assertion(d).historical || anchoredEarlier(ctx.a, d.sentence)) scope.add(d.sentence);
    }
  }
  return scope;
}
function measuresOtherDevice(ctx, span) {
  const frames = ctx.dev.frames.filter((f) => f.action === ctx.pack.action);
  const theirs = new Set(frames.filter((f) => f.site !== ctx.pack.site).flatMap((f) => f.forms));
  const ours = new Set(frames.filter((f) => f.site === ctx.pack.site).flatMap((f) => f.forms));
  const onlyOurs = [...ours].filter((x) => !theirs.has(x));
  if (!ours.size || !theirs.size) return false;
  let nearest2;
  for (const d of ctx.dev.devices) {
    if (d.sentence !== span.sentence || d.end > span.start) continue;
    if (!nearest2 || d.end > nearest2.end) nearest2 = { form: d.form, end: d.end };
  }
  if (!nearest2 || !theirs.has(nearest2.form) || ours.has(nearest2.form) && !onlyOurs.length) return false;
  const between = ctx.a.doc.text.slice(nearest2.end, span.start).match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return between <= ctx.a.grammar.coreference.measureGap;
}
function withdrawnBy(ctx, refs, on) {
  if (!on) return () => false;
  const { a } = ctx;
  const entries = /* @__PURE__ */ new Set();
  for (const m of refMentions(a, refs, null)) if (a.assertion(m).negated && correctionSentence(a, m.sentence)) entries.add(m.entry);
  if (!entries.size) return () => false;
  return (m) => entries.has(m.entry) && !correctionSentence(a, m.sentence);
}

// src/checks/site.ts
function evaluate(ctx) {
  const { a } = ctx;
  const { all, mine } = eventsFor(ctx);
  const explain = [];
  if (ctx.explain) {
    for (const e of all) {
      explain.push({
        pattern: `device-event/${e.action}`,
        term: e.forms.join(", "),
        evidence: eventEvidence(a, e)[0],
        context: e.siteMention ? `site '${e.siteMention.text}' (${e.site}) from ${e.siteMention.sentence === e.sentences[0] ? "the same sentence" : "a nearby sentence"}` : "no site phrase found near the event",
        accepted: e.site === ctx.pack.site
      });
    }
  }
  if (ctx.explain) {
    const inEvents = new Set(all.flatMap((e) => e.sentences));
    for (const d of ctx.dev.devices) {
      if (inEvents.has(d.sentence)) continue;
      explain.push({ pattern: `device/${d.form}`, term: d.text, evidence: a.evidence(d.start, d.end), context: `${d.reason}; ${withScope(a, d)}`, accepted: false });
    }
  }
  if (mine.length) {
    const ev = mine.flatMap((e) => e.siteMention ? [a.evidence(e.siteMention.start, e.siteMention.end)] : []);
    const found = quoteList(mine.flatMap((e) => e.siteMention ? [e.siteMention.text] : []));
    return { status: "pass", messageKey: "pass", vars: { found }, evidence: [...ev, ...mine.flatMap((e) => eventEvidence(a, e))].slice(0, 4), explain };
  }
  const other = all.find((e) => e.site !== "unspecified");
  if (other) {
    const otherCode = codeFor(other.action, other.site, ctx.patternDirs) ?? "another code";
    return {
      status: "fail",
      messageKey: "wrongSite",
      // the other site in the words of its own pack ("deep (subfascial) tissue or a bone cavity outside the canal")
      vars: { otherSite: loadFamily(ctx.patternDirs).find((p) => p.site === other.site)?.siteLabel ?? other.site, otherCode },
      evidence: [...other.siteMention ? [a.evidence(other.siteMention.start, other.siteMention.end)] : [], ...eventEvidence(a, other)].slice(0, 3),
      explain
    };
  }
  const evidence = all.flatMap((e) => eventEvidence(a, e)).slice(0, 3);
  const generic = all.flatMap((e) => e.sentences.flatMap((s) => a.in("sites", s).filter((m) => m.entry.tags.has("generic"))));
  if (generic.length) {
    return { status: "fail", messageKey: "genericSite", vars: { generic: quoteList(generic.map((g) => g.text)) }, evidence, explain };
  }
  return { status: "fail", messageKey: "fail", evidence, explain };
}
function describe(_spec, d) {
  return [
    ["pass", `A device ${d.action} of this operation is placed in ${d.pack.siteLabel}: the site phrase the action word governs, or one found near the event or in the procedure list for that device.`],
    ["fail", `The ${d.action} is at another site (the message names the code that site supports), or only a generic site is named ("wound", "bone", "defect"), or no site at all.`]
  ];
}
var check = { type: "site", evaluate: (ctx, _spec) => evaluate(ctx), describe };

// src/checks/terms.ts
function evaluate2(ctx, spec) {
  const { a } = ctx;
  const scope = spec.scope === "note" ? null : spec.scope === "own" ? ownNoteSentences(ctx) : scopeSentences(ctx, true);
  const allowed = new Set(spec.assertions);
  const explain = [];
  const skip = (m) => spec.skipContexts.find((t) => a.hasInClause("contexts", m, t));
  const accepted = [];
  const { all, mine } = eventsFor(ctx);
  const otherSites = new Set(all.filter((e) => !mine.includes(e) && e.site !== "unspecified").map((e) => e.site));
  const elsewhere = (m) => {
    if (spec.scope !== "own" || !otherSites.size) return false;
    const sites = a.in("sites", m.sentence).map(siteOf).filter((t) => t !== void 0);
    return sites.length > 0 && !sites.includes(ctx.pack.site) && sites.some((t) => otherSites.has(t));
  };
  const otherDevices = otherDevicesTerm(ctx, all, mine);
  const withdrawn = withdrawnBy(ctx, spec.find, spec.withdrawnByCorrection);
  const removedItem = removedItemTerm(ctx);
  for (const m of refMentions(a, spec.find, scope)) {
    if (withdrawn(m)) {
      if (ctx.explain) explain.push(explainOf(a, m, false, "a correction withdraws it"));
      continue;
    }
    if (removedItem(m)) {
      if (ctx.explain) explain.push(explainOf(a, m, false, "it describes the device taken out, in an item of its own"));
      continue;
    }
    if (elsewhere(m)) {
      if (ctx.explain) explain.push(explainOf(a, m, false, "its sentence names only another device's site"));
      continue;
    }
    const skipped = skip(m);
    const asserted = assertionOf(a, m);
    const ok = !skipped && allowed.has(asserted);
    if (ok) accepted.push(m);
    if (ctx.explain) explain.push(explainOf(a, m, ok, skipped ? `clause is ${skipped} context` : void 0));
  }
  const affirmedIn = (refs) => refMentions(a, refs, scope).filter((m) => a.affirmed(m) && !skip(m));
  const blocked = affirmedIn(spec.block);
  const conflict = spec.blockOnCountConflict ? countConflict(ctx) : void 0;
  if (conflict) {
    const { placed, removed } = conflict;
    if (ctx.explain) explain.push({ pattern: "count-conflict", term: `${removed.text} / ${placed.text}`, evidence: a.evidence(removed.start, removed.end), accepted: false, context: "fewer taken out than the note says were placed" });
    return { status: "fail", messageKey: "countConflict", vars: { removed: removed.text, placed: placed.text }, evidence: [a.evidence(removed.start, removed.end), a.evidence(placed.start, placed.end)], explain };
  }
  const table = spec.countTable ? countTable(ctx, spec.countTable, scope) : void 0;
  if (table) {
    const quote2 = (c) => `${c.header}: ${c.text}`;
    const ev = [table.removed, table.other].map((c) => a.evidence(c.start, c.start + c.text.length));
    if (ctx.explain) explain.push({ pattern: "count-table", term: `${quote2(table.removed)} / ${quote2(table.other)}`, evidence: ev[0], accepted: table.complete, context: table.complete ? "the count table accounts for every piece" : "the count table leaves pieces unaccounted for" });
    if (!table.complete) {
      return table.other.role === "placed" ? { status: "fail", messageKey: "countConflict", vars: { removed: quote2(table.removed), placed: quote2(table.other) }, evidence: ev, explain } : { status: "fail", messageKey: "blocked", vars: { blocked: quote2(table.other) }, evidence: ev, explain };
    }
    if (!blocked.length) return { status: "pass", messageKey: "pass", vars: { found: quoteList([quote2(table.removed), quote2(table.other)]) }, evidence: ev, explain };
  }
  if (blocked.length) {
    if (ctx.explain) for (const m of blocked) explain.push(explainOf(a, m, false, "blocking term"));
    return { status: "fail", messageKey: "blocked", vars: { blocked: blocked[0].text }, evidence: blocked.slice(0, 3).map((m) => a.evidence(m.start, m.end)), explain };
  }
  if (accepted.length) {
    const evidence = accepted.slice(0, 4).map((m) => a.evidence(m.start, m.end));
    const found = quoteList(accepted.map((m) => m.text));
    let also = refMentions(a, spec.alsoRequire, scope).filter((m) => allowed.has(assertionOf(a, m)) && !skip(m) && !otherDevices(m));
    if (!also.length && spec.alsoRequireAttached) also = attachedTerms(ctx, spec.alsoRequire);
    if (spec.alsoRequire.length && !also.length) return { status: spec.alsoRequireStatus, messageKey: "partial", vars: { found }, evidence, explain };
    if (also.length) evidence.push(...also.slice(0, 2).map((m) => a.evidence(m.start, m.end)));
    return { status: "pass", messageKey: "pass", vars: { found }, evidence, explain };
  }
  const generic = affirmedIn(spec.generic);
  if (generic.length) {
    return { status: spec.missing, messageKey: "generic", vars: { generic: generic[0].text }, evidence: generic.slice(0, 2).map((m) => a.evidence(m.start, m.end)), explain };
  }
  return { status: spec.missing, messageKey: spec.missing === "warn" ? "warn" : "fail", evidence: [], explain };
}
function countConflict(ctx) {
  const { a } = ctx;
  const { mine } = eventsFor(ctx);
  const mineSentences = new Set(mine.flatMap((e) => e.sentences));
  const stem = (q) => q.noun?.replace(/s$/, "");
  const largest = (qs, best, noun) => qs.reduce((b, q) => q.unit === "count" && q.noun && !q.excludedInside && (noun === void 0 || stem(q) === noun) && (!b || q.value > b.value) ? q : b, best);
  let removed;
  for (const s of mineSentences) removed = largest(a.quantities(s), removed);
  if (!removed) return void 0;
  let placed;
  for (let s = 0; s < a.sentences.length; s++) {
    if (mineSentences.has(s) || ctx.dev.insertSentences.has(s) || !a.in("forms", s).length) continue;
    if (!a.in("actions", s).some((x) => x.entry.tags.has("insert") && !a.assertion(x).negated)) continue;
    placed = largest(a.quantities(s), placed, stem(removed));
  }
  return placed && removed.value < placed.value ? { placed, removed } : void 0;
}
var countTableMemo = /* @__PURE__ */ new WeakMap();
function countTable(ctx, words, scope) {
  const { a } = ctx;
  let re = countTableMemo.get(words);
  if (!re) {
    const rx = (w) => new RegExp(`\\b(?:${phrases(w)})\\b`, "i");
    re = { removed: rx(words.removed), placed: rx(words.placed), retained: rx(words.retained) };
    countTableMemo.set(words, re);
  }
  const r = re;
  const roleOf = (t) => r.retained.test(t) ? "retained" : r.removed.test(t) ? "removed" : r.placed.test(t) ? "placed" : void 0;
  const count = (t) => {
    const m = /^(?:n\s*=\s*)?(\d{1,3})(?:\s+[a-z]+)?\s*(?:\([^)]*\))?$/i.exec(t);
    return m ? Number(m[1]) : void 0;
  };
  const judge = (cells2) => {
    const by = (role) => cells2.find((c) => c.role === role && count(c.text) !== void 0);
    const removed = by("removed");
    if (!removed) return void 0;
    const out = count(removed.text);
    const left = by("retained");
    if (left && count(left.text) > 0) return { complete: false, removed, other: left };
    const placed = by("placed");
    if (placed && out < count(placed.text)) return { complete: false, removed, other: placed };
    if (left) return { complete: true, removed, other: left };
    if (placed && out > 0 && out === count(placed.text)) return { complete: true, removed, other: placed };
    return void 0;
  };
  const otherSite = (s) => {
    const sites = a.in("sites", s).map(siteOf).filter((t) => t !== void 0);
    return sites.length > 0 && !sites.includes(ctx.pack.site);
  };
  let verdict;
  const take = (v) => {
    if (v && (!verdict || verdict.complete && !v.complete)) verdict = v;
  };
  for (const t of pipeTables(a)) {
    if (scope && !t.sentences.some((s) => scope.has(s))) continue;
    const roles = t.header.map((c) => roleOf(c.text));
    if (roles.includes("removed") && (roles.includes("placed") || roles.includes("retained"))) {
      t.rows.forEach((row2, k) => {
        if (otherSite(t.rowSentences[k])) return;
        const cells3 = [];
        row2.forEach((c, i) => {
          const role = roles[i];
          if (role && i < t.header.length) cells3.push({ header: t.header[i].text, text: c.text, start: c.start, role });
        });
        take(judge(cells3));
      });
      continue;
    }
    const cells2 = [];
    for (const row2 of [t.header, ...t.rows]) {
      const role = row2[0] ? roleOf(row2[0].text) : void 0;
      const value = row2.slice(1).find((c) => count(c.text) !== void 0);
      if (role && value) cells2.push({ header: row2[0].text, text: value.text, start: value.start, role });
    }
    if (new Set(cells2.map((c) => c.role)).size === cells2.length) take(judge(cells2));
  }
  return verdict;
}
function attachedTerms(ctx, refs) {
  const { a } = ctx;
  const forms = new Set(eventsFor(ctx).mine.flatMap((e) => e.forms));
  if (!forms.size) return [];
  const inserted = (s) => ctx.pack.action === "remove" && ctx.dev.frames.some((f) => f.action === "insert" && f.sentences.has(s)) && !ctx.dev.removeSentences.has(s);
  const acts = (s, tag) => a.in("actions", s).some((x) => x.entry.tags.has(tag));
  const planned = (m) => a.assertion(m).triggers.some((t) => t.category === "hypothetical" && t.direction !== "section");
  const laterDevice = (m) => assertionOf(a, m) === "hypothetical" && planned(m) && acts(m.sentence, "insert") && !acts(m.sentence, "remove");
  const lastPlaced = /* @__PURE__ */ new Map();
  if (ctx.pack.action === "remove") {
    for (const f of ctx.dev.frames) if (f.action === "insert") for (const form of f.forms) lastPlaced.set(form, Math.max(lastPlaced.get(form) ?? -1, ...f.sentences));
  }
  const leftIn = (m) => assertionOf(a, m) === "hypothetical" && a.in("forms", m.sentence).some((f) => forms.has(f.entry.name) && m.sentence > (lastPlaced.get(f.entry.name) ?? Infinity));
  return refMentions(a, refs, null).filter((m) => !a.assertion(m).negated && !laterDevice(m) && !inserted(m.sentence) && !leftIn(m) && attachedTo(ctx, m, forms));
}
function attachedTo(ctx, m, forms) {
  const { a } = ctx;
  const g = a.grammar.devices;
  const re = attachRegexes(g);
  const text = a.doc.text;
  return a.in("forms", m.sentence).some((f) => {
    if (!forms.has(f.entry.name)) return false;
    if (m.start >= f.start && m.end <= f.end) return true;
    if (f.start >= m.end) return f.start - m.end <= g.attachedWindow && /^[\w\s/+-]*$/.test(text.slice(m.end, f.start)) && !re.phraseBreak.test(text.slice(m.end, f.start));
    return m.start >= f.end && m.start - f.end <= g.attachedWindow && re.linkAfter.test(text.slice(f.end, m.start));
  });
}
var SEMICOLON = /;/g;
function removedItemTerm(ctx) {
  if (ctx.pack.action !== "insert" || !ctx.dev.events.some((e) => e.action === "remove")) return () => false;
  const { a } = ctx;
  return (m) => {
    if (!ctx.dev.removeSentences.has(m.sentence)) return false;
    const sent = a.sentences[m.sentence];
    const acts = a.in("actions", m.sentence).filter((x) => a.affirmed(x));
    if (!acts.some((x) => x.entry.tags.has("insert")) || !acts.some((x) => x.entry.tags.has("remove"))) return false;
    const item = itemAround(sent.text, m.start - sent.start, m.end - sent.start, SEMICOLON);
    const inItem = (x) => x.start - sent.start >= item.from && x.end - sent.start <= item.to;
    return acts.some((x) => inItem(x) && x.entry.tags.has("remove")) && !acts.some((x) => inItem(x) && (x.entry.tags.has("insert") || x.entry.tags.has("exchange")));
  };
}
function otherDevicesTerm(ctx, all, mine) {
  if (all.length <= mine.length) return () => false;
  const myForms = new Set(mine.flatMap((e) => e.forms));
  const others = new Set(all.filter((e) => !mine.includes(e)).flatMap((e) => e.forms).filter((f) => !myForms.has(f)));
  if (!others.size) return () => false;
  return (m) => ctx.a.in("forms", m.sentence).some((f) => others.has(f.entry.name)) && !attachedTo(ctx, m, myForms);
}
var attachCache = /* @__PURE__ */ new WeakMap();
function attachRegexes(g) {
  let c = attachCache.get(g);
  if (!c) {
    c = {
      phraseBreak: new RegExp(`\\b(?:${phrases(g.attachBreakWords)})\\b`, "i"),
      linkAfter: new RegExp(`^\\s*(?:[\\w-]+\\s+)?(?:${phrases(g.linkPrepositions)})\\s`, "i")
    };
    attachCache.set(g, c);
  }
  return c;
}
function describe2(c, d) {
  const rows = [];
  const where = c.scope === "note" ? "anywhere in the note" : c.scope === "own" ? `anywhere in the note except sentences that describe only another device this operation ${d.action === "insertion" ? "inserted" : "removed"} (another device's frame)` : `in the sentences that describe this ${d.action}'s device (its frame: the event, its preparation and amounts; with several devices, each device's own)`;
  rows.push(["pass", `A term of ${d.refs(c.find)} is found ${where}, asserted as ${d.orList(c.assertions)}${c.skipContexts.length ? `, outside clauses with the context(s) ${c.skipContexts.map(d.code).join(", ")}` : ""}${c.alsoRequire.length ? `, together with a term of ${d.refs(c.alsoRequire)}` : ""}.`]);
  if (c.alsoRequireAttached) rows.push(["pass", `The ${d.refs(c.alsoRequire)} term may also stand anywhere in the note, told in any time but negated (a plan to place a later device aside), in one phrase with a form of this code's device ("vancomycin PMMA beads placed 3 weeks ago", "beads of PMMA").`]);
  if (c.alsoRequire.length) rows.push([c.alsoRequireStatus, `The ${d.refs(c.find)} term is there but no term of ${d.refs(c.alsoRequire)} (message \`partial\`).`]);
  if (c.block.length) rows.push(["fail", `An affirmed term of ${d.refs(c.block)} is found (message \`blocked\`); this wins over a pass.`]);
  if (c.generic.length) rows.push([c.missing, `Only a generic term of ${d.refs(c.generic)} is found (message \`generic\`).`]);
  const notCounted = ["negated", "historical", "hypothetical", "possible"].filter((x) => !c.assertions.includes(x));
  if (c.countTable) {
    rows.push(["fail", `A count table in the device's part of the note (columns or row labels: taken out ${d.orList(c.countTable.removed.map(d.code))}; placed ${d.orList(c.countTable.placed.map(d.code))}; left in ${d.orList(c.countTable.retained.map(d.code))}) shows fewer taken out than placed (message \`countConflict\`) or some left in (message \`blocked\`).`]);
    rows.push(["pass", "Such a table shows as many taken out as placed, or none left in, and no blocking term is found."]);
  }
  if (c.blockOnCountConflict) rows.push(["fail", "The count taken out today is lower than the count the note says was placed at an earlier time (an implant record, the history), and nothing reconciles them (message `countConflict`); this wins over a pass."]);
  if (c.withdrawnByCorrection) rows.push([c.missing, `A correction (an addendum, late entry, amendment or attestation) negates the term ("no vancomycin was added to the cement"): the same term elsewhere in the note, above or below it, does not count.`]);
  rows.push([c.missing, `No accepted term is found (${d.orList(notCounted)} mentions do not count).`]);
  return rows;
}
var check2 = { type: "terms", evaluate: evaluate2, describe: describe2 };

// src/checks/quantity.ts
var notRecordedMemo = /* @__PURE__ */ new WeakMap();
function notRecorded(ctx, spec) {
  const nr = spec.notRecorded;
  if (!nr) return void 0;
  let re = notRecordedMemo.get(nr);
  if (!re) {
    re = { column: new RegExp(`\\b(?:${phrases(nr.columns)})\\b`, "i"), word: new RegExp(`^(?:${phrases(nr.words)})\\b`, "i") };
    notRecordedMemo.set(nr, re);
  }
  const own = new Set(eventsFor(ctx).mine.flatMap((e) => e.sentences));
  for (const t of pipeTables(ctx.a)) {
    const col = t.header.findIndex((c) => re.column.test(c.text));
    if (col < 0) continue;
    for (let k = 0; k < t.rows.length; k++) {
      const cell = t.rows[k][col];
      if (own.has(t.rowSentences[k]) && cell && re.word.test(cell.text)) return { start: cell.start, end: cell.start + cell.text.length, text: cell.text };
    }
  }
  return void 0;
}
function evaluate3(ctx, spec = { type: "quantity" }) {
  const { a } = ctx;
  const explain = [];
  const missing = notRecorded(ctx, spec);
  if (missing) {
    if (ctx.explain) explain.push({ pattern: "quantity/not-recorded", term: missing.text, evidence: a.evidence(missing.start, missing.end), accepted: false, context: "the device's own row says its amount was not recorded" });
    return { status: "fail", messageKey: "fail", evidence: [a.evidence(missing.start, missing.end)], explain };
  }
  const good = [];
  for (const s of [...scopeSentences(ctx)].sort((x, y) => x - y)) {
    for (const q of a.quantities(s)) {
      const other = !q.excludedBy && measuresOtherDevice(ctx, { ...q, sentence: s });
      if (ctx.explain) {
        const context = q.excludedBy ? `belongs to '${q.excludedBy}'` : other ? "measures another device told just before it" : void 0;
        explain.push({ pattern: `quantity/${q.unit}`, term: q.text, evidence: a.evidence(q.start, q.end), accepted: !q.excludedBy && !other, ...context ? { context } : {} });
      }
      if (!q.excludedBy && !other) good.push(q);
    }
  }
  if (good.length) return { status: "pass", messageKey: "pass", vars: { found: quoteList(good.map((q) => q.text)) }, evidence: good.slice(0, 4).map((q) => a.evidence(q.start, q.end)), explain };
  return { status: "fail", messageKey: "fail", evidence: [], explain };
}
function describe3(spec, d) {
  const rows = spec.notRecorded ? [["fail", `The device's own row of a table says its amount was not taken: a column headed ${d.orList(spec.notRecorded.columns.map(d.code))} reads ${d.orList(spec.notRecorded.words.map(d.code))} (this wins over amounts elsewhere in its sentences).`]] : [];
  return [
    ...rows,
    ["pass", `An amount with a unit (g, cc, mL, mg, mm, cm, a bead count, also spelled counts) is found in the sentences that describe this ${d.action}'s device, and no nearby word shows it belongs to something else.`],
    ["fail", "No such amount; amounts of irrigation, blood loss, pins, wires, reamers, drains or other hardware, and French sizes of tubes and moulds, do not count (patterns/quantities.yaml)."]
  ];
}
var check3 = { type: "quantity", evaluate: (ctx, spec) => evaluate3(ctx, spec), describe: describe3 };

// src/checks/primary-procedure.ts
var FAMILY_SET = new Set(FAMILY);
function cptCodes(a) {
  return a.todaysCodes(FAMILY_SET);
}
function evaluate4(ctx, spec) {
  const { a } = ctx;
  const explain = [];
  const codes = cptCodes(a);
  const removalCodes = new Set(spec.removalCodes);
  const withdrawn = withdrawnBy(ctx, spec.find, spec.withdrawnByCorrection);
  const eventSentences = new Set(ctx.dev.events.flatMap((e) => e.sentences));
  const namesDevice = (m) => eventSentences.has(m.sentence) && ctx.dev.devices.some((d) => d.sentence === m.sentence && d.start < m.end && m.start < d.end);
  const words = refMentions(a, spec.find, null).filter((m) => a.isOperative(m.sentence) && a.affirmed(m) && !nearEarlierAnchor(a, m) && !withdrawn(m) && !namesDevice(m));
  if (ctx.explain) {
    for (const c of codes) explain.push({ pattern: "cpt-code", term: c.code, evidence: a.evidence(c.start, c.end), accepted: true });
    for (const m of words) explain.push(explainOf(a, m, codes.length === 0));
  }
  if (spec.failWhenOnlyProcedure) {
    const otherCodes = codes.filter((c) => !removalCodes.has(c.code));
    const insertions = ctx.dev.events.some((e) => e.action === "insert");
    const realOther = words.filter((m) => !m.entry.tags.has("incidental"));
    if (!otherCodes.length && !insertions && !realOther.length) {
      return { status: "fail", messageKey: "literal", literal: spec.onlyProcedure ?? "Removal is the only procedure documented.", evidence: [], explain };
    }
  }
  if (codes.length) {
    return { status: "pass", messageKey: "pass", vars: { found: uniq(codes.map((c) => c.code)).join(", ") }, evidence: codes.slice(0, 4).map((c) => a.evidence(c.start, c.end)), explain };
  }
  if (words.length) {
    return { status: "warn", messageKey: "warn", vars: { found: quoteList(words.map((m) => m.text)) }, evidence: words.slice(0, 3).map((m) => a.evidence(m.start, m.end)), explain };
  }
  return { status: "fail", messageKey: "fail", evidence: [], explain };
}
function describe4(c, d) {
  const rows = [
    ["pass", `A CPT code outside 20700-20705 is written for a procedure of today's operation, in any common form ("CPT 11012.", "(27640)", "27506-RT", a code leading or ending a list line, a "Coding:" block); codes of an earlier operation told in the same note, and of history, indications, diagnosis and plan sections, do not count.`],
    ["warn", `No code, but a primary procedure of this operation is described in words (${d.refs(c.find)}).`],
    ["fail", "No primary procedure can be identified."]
  ];
  if (c.withdrawnByCorrection) rows.push(["not counted", 'A procedure a correction (addendum, late entry, amendment, attestation) says was not done ("no debridement was performed") does not count where it is listed or described.']);
  if (c.failWhenOnlyProcedure) {
    const removal = c.removalCodes?.length ? ` (the removal codes ${c.removalCodes.join(", ")} and incidental procedures do not count as another procedure)` : "";
    rows.push(["fail", `The removal is the only procedure documented${removal}: "${c.onlyProcedure ?? "Removal is the only procedure documented."}"`]);
  }
  return rows;
}
var check4 = { type: "primary-procedure", evaluate: evaluate4, describe: describe4 };

// src/checks/staged-removal.ts
var BEFORE_TODAY = /* @__PURE__ */ new Set(["indications", "history"]);
function evaluate5(ctx, spec) {
  const { a } = ctx;
  const explain = [];
  const found = [];
  const vague = [];
  const frames = ctx.dev.frames.filter((f) => f.action === ctx.pack.action);
  const ownForms = new Set(frames.filter((f) => f.site === ctx.pack.site).flatMap((f) => f.forms));
  const otherForms = new Set(frames.filter((f) => f.site !== ctx.pack.site).flatMap((f) => f.forms).filter((x) => !ownForms.has(x)));
  const aboutOther = (m) => {
    if (!otherForms.size || !ownForms.size) return false;
    let named = formsNamed(a, m.sentence, ctx.dev.devices);
    const prev = m.sentence - 1;
    if (!named.size && prev >= 0 && a.sentences[prev].section === a.sentences[m.sentence].section) named = formsNamed(a, prev, ctx.dev.devices);
    return [...named].some((x) => otherForms.has(x)) && ![...named].some((x) => ownForms.has(x));
  };
  const removesToday = ctx.dev.events.some((e) => e.action === "remove");
  const toldBefore = (m) => removesToday && BEFORE_TODAY.has(a.sentences[m.sentence].category);
  let carriersMemo;
  const carriers = () => {
    if (carriersMemo) return carriersMemo;
    const placed = refMentions(a, [spec.carriers], scopeSentences(ctx, true)).filter((m) => a.affirmed(m));
    const inserted = new Set(ctx.dev.events.filter((e) => e.action === "insert").flatMap((e) => e.sentences));
    const notRemoved = placed.filter((m) => !ctx.dev.removeSentences.has(m.sentence));
    const made = notRemoved.filter((m) => inserted.has(m.sentence) || a.has("fabrication", m.sentence, "manual"));
    return carriersMemo = made.length ? made : notRemoved.length ? notRemoved : placed;
  };
  const absorbable = () => carriers().length > 0 && carriers().every((m) => m.entry.tags.has("absorbable"));
  const namesOwn = (m) => [...formsNamed(a, m.sentence, ctx.dev.devices)].some((x) => ownForms.has(x));
  for (const m of refMentions(a, spec.find, null)) {
    const tags = m.entry.tags;
    if (tags.has("earlier") || aboutOther(m) || toldBefore(m)) continue;
    if (!tags.has("permanent") && absorbable() && !namesOwn(m)) continue;
    const d = a.assertion(m);
    const ok = !d.negated && !d.historical;
    if (ctx.explain) explain.push(explainOf(a, m, ok && !tags.has("vague") && !d.possible));
    if (!ok) continue;
    if (tags.has("vague") || d.possible) vague.push(m);
    else found.push(m);
  }
  if (found.length) return { status: "pass", messageKey: "pass", vars: { found: quoteList(found.map((m) => m.text)) }, evidence: found.slice(0, 3).map((m) => a.evidence(m.start, m.end)), explain };
  if (vague.length) return { status: "warn", messageKey: "generic", vars: { generic: vague[0].text }, evidence: vague.slice(0, 2).map((m) => a.evidence(m.start, m.end)), explain };
  const evidence = carriers().slice(0, 2).map((m) => a.evidence(m.start, m.end));
  return absorbable() ? { status: "n/a", messageKey: "na", evidence, explain } : { status: "warn", messageKey: "warn", evidence, explain };
}
function describe5(c, d) {
  return [
    ["pass", `An explicit later removal, exchange or permanent device is stated for this device (${d.refs(c.find)}, not the \`earlier\` tag; not negated or historical; with several devices, a plan naming only another device does not count; when every carrier placed is absorbable, a later stage or return counts only in a sentence naming the device's form, a statement that it stays always counts).`],
    ["warn", `Removal is addressed only vaguely (tag \`vague\`, or hedged), or a non-absorbable carrier (${d.refs([c.carriers])} without the \`absorbable\` tag) was placed and removal is not addressed.`],
    ["n/a", "Every carrier named for the device is absorbable (e.g. calcium sulfate) and removal is not addressed."]
  ];
}
var check5 = { type: "staged-removal", evaluate: evaluate5, describe: describe5 };

// src/checks/index.ts
var CHECKS = {
  site: check,
  terms: check2,
  quantity: check3,
  "primary-procedure": check4,
  "staged-removal": check5
};
function evaluateCheck(ctx, spec) {
  return CHECKS[spec.type].evaluate(ctx, spec);
}
var CHECK_TYPES = Object.keys(CHECKS);

// src/rules/evaluate.ts
var FAMILY_SET2 = new Set(FAMILY);
function fill(template, vars) {
  return template.replace(/\{(\w+)\}/g, (m, k) => vars[k] ?? m);
}
function lookedFor(el, ctx, v) {
  const action = ctx.pack.action === "insert" ? "insertion" : "removal";
  if (v.messageKey === "noEvent") return `No drug-delivery device ${action} of this operation was found, so there is no device to judge this element on.`;
  const c = el.check;
  const words = (refs) => [...new Set(refs.map((r) => r.lexicon))].join(", ");
  switch (c.type) {
    case "terms":
      return `Looked for ${words(c.find)} words ${c.scope === "note" ? "anywhere in the note" : c.scope === "own" ? "anywhere in the note outside another device's sentences" : "in the sentences that describe the device (its event, preparation and amounts)"}; none was found that is affirmed for this operation.`;
    case "quantity":
      return "Looked for an amount with a unit (g, cc, mL, mg, mm, a bead count) in the sentences that describe the device; none was found that belongs to the device.";
    case "primary-procedure":
      return `Looked for a procedure code of today's operation (CPT code outside 20700-20705) and for a primary procedure in words (${words(c.find)}).`;
    case "staged-removal":
      return `Looked for a later removal, exchange or permanent device (${words(c.find)}) said of this device.`;
    case "site":
      return `Looked for the space the device went into (${ctx.pack.siteLabel}) in the sentence of the ${action} and the sentences around it.`;
  }
}
var sideRes = /* @__PURE__ */ new WeakMap();
var splitMemo = /* @__PURE__ */ new WeakMap();
function sideSplit(ctx) {
  let byPack = splitMemo.get(ctx.dev);
  if (!byPack) splitMemo.set(ctx.dev, byPack = /* @__PURE__ */ new Map());
  const key2 = `${ctx.pack.action}:${ctx.pack.site}`;
  if (!byPack.has(key2)) byPack.set(key2, findSideSplit(ctx));
  return byPack.get(key2);
}
function findSideSplit(ctx) {
  const lat = ctx.a.grammar.laterality;
  if (!lat) return null;
  let re = sideRes.get(lat);
  if (!re) {
    const not = lat.notBefore.length ? `(?!\\s+(?:${phrases(lat.notBefore)})(?![\\w-]))` : "";
    const side = (words) => new RegExp(`(?<![\\w-])(?:${phrases(words)})${not}(?=[ \\t]*:|\\s+(?:[\\w-]+\\s+){0,2}?(?:${phrases(lat.body)})(?![\\w-]))`, "i");
    sideRes.set(lat, re = { right: side(lat.right), left: side(lat.left) });
  }
  const { a } = ctx;
  const sideOf = (s) => {
    const sent = a.sentences[s];
    const title = a.sections[sent.section]?.title ?? "";
    const text = `${title} ${sent.text}`;
    const r = re.right.test(text);
    const l = re.left.test(text);
    return r === l ? void 0 : r ? "right" : "left";
  };
  const own = ctx.dev.frames.filter((f) => f.action === ctx.pack.action && f.site === ctx.pack.site);
  if (!own.length) return null;
  const withDevice = /* @__PURE__ */ new Set();
  for (const f of own) {
    for (const s of f.sentences) {
      const side = sideOf(s);
      if (side && ctx.dev.devices.some((d) => d.sentence === s)) withDevice.add(side);
    }
  }
  if (withDevice.size < 2) return null;
  const onlyRight = /* @__PURE__ */ new Set();
  const onlyLeft = /* @__PURE__ */ new Set();
  for (let s = 0; s < a.sentences.length; s++) {
    const side = sideOf(s);
    if (side === "right") onlyRight.add(s);
    else if (side === "left") onlyLeft.add(s);
  }
  return [onlyLeft, onlyRight];
}
function without(ctx, other) {
  const keep = (xs) => new Set([...xs].filter((s) => !other.has(s)));
  const { dev } = ctx;
  const mine = dev.frames.find((f) => f.action === ctx.pack.action && f.site === ctx.pack.site);
  return {
    ...ctx,
    dev: {
      ...dev,
      insertSentences: keep(dev.insertSentences),
      removeSentences: keep(dev.removeSentences),
      events: dev.events.map((e) => ({ ...e, sentences: e.sentences.filter((s) => !other.has(s)) })),
      frames: [
        ...dev.frames.map((f) => ({ ...f, sentences: keep(f.sentences), materials: keep(f.materials) })),
        // (the other side's device, of the same forms, as a frame of its own: "own" scopes leave its sentences out)
        { action: mine.action, site: `${mine.site} (other side)`, forms: [...mine.forms], sentences: new Set(other), materials: /* @__PURE__ */ new Set() }
      ]
    }
  };
}
var RANK = { fail: 0, warn: 1, pass: 2 };
function verdictFor(ctx, el) {
  const v = evaluateCheck(ctx, el.check);
  if (v.status !== "pass" || el.check.type === "primary-procedure") return v;
  const split = sideSplit(ctx);
  if (!split) return v;
  let worst = v;
  for (const other of split) {
    const sv = evaluateCheck(without(ctx, other), el.check);
    if (sv.status in RANK && RANK[sv.status] < RANK[worst.status]) worst = sv;
  }
  return worst;
}
function judgePack(ctx, noEvent) {
  const hasEvent = ctx.dev.events.some((e) => e.action === ctx.pack.action);
  const vars = { code: ctx.pack.code, siteLabel: ctx.pack.siteLabel, siteExample: ctx.pack.siteExample };
  const kinds = /* @__PURE__ */ new Map();
  const elements = ctx.pack.elements.map((el) => {
    let v;
    if (!hasEvent && el.noEventStatus !== "judge") {
      const explain = ctx.explain && el.check.type === "site" ? evaluate(ctx).explain : [];
      v = { status: el.noEventStatus, messageKey: "noEvent", evidence: [], explain };
    } else {
      v = verdictFor(ctx, el);
    }
    kinds.set(el.id, v.messageKey);
    const template = v.messageKey === "noEvent" && noEvent ? noEvent.message : v.messageKey === "literal" ? v.literal : el.messages[v.messageKey] ?? el.messages[v.status === "pass" ? "pass" : "fail"];
    const res = {
      id: el.id,
      label: el.label,
      status: v.status,
      message: fill(template, { ...vars, ...v.vars ?? {} }),
      evidence: v.evidence,
      denialRisks: v.status === "warn" || v.status === "fail" ? el.denialRisks : [],
      fix: v.status === "warn" || v.status === "fail" ? fill(v.messageKey === "noEvent" && noEvent ? noEvent.fix : el.fix, vars) : ""
    };
    if (ctx.explain) {
      res.explain = v.explain;
      if ((v.status === "fail" || v.status === "warn") && !v.explain.some((e) => e.context || e.accepted)) {
        res.explain = [...v.explain, { pattern: `check/${el.check.type}`, term: "", accepted: false, context: lookedFor(el, ctx, v) }];
      }
    }
    return res;
  });
  return { elements, kinds };
}
function primaryFacts(a, primaryLexicon = "procedures") {
  const codes = uniq(a.todaysCodes(FAMILY_SET2).map((c) => c.code));
  const described = a.mentions(primaryLexicon).some((m) => m.entry.tags.has("primary") && !m.entry.tags.has("incidental") && a.isOperative(m.sentence) && a.affirmed(m));
  return { codes, described };
}

// src/claim/parse.ts
var ClaimSyntaxError = class extends Error {
  constructor(token, problem) {
    super(`invalid claim line "${token}": ${problem}`);
    this.token = token;
    this.problem = problem;
    this.name = "ClaimSyntaxError";
  }
  token;
  problem;
};
var CODE2 = /^(\d{5}|\d{4}[FTU]|[A-V]\d{4})/;
function parseLine(token) {
  const up = token.toUpperCase();
  const m = CODE2.exec(up);
  if (!m) throw new ClaimSyntaxError(token, "expected a 5-character code such as 20702 or 27506");
  const code = m[1];
  let rest = up.slice(code.length);
  const modifiers = [];
  let units;
  while (rest.length > 0) {
    const mod = /^-([0-9A-Z]{2})(?=$|[-X*×])/.exec(rest);
    if (mod) {
      modifiers.push(mod[1]);
      rest = rest.slice(mod[0].length);
      continue;
    }
    const u = /^[X*×](\d+)(?=$|-)/.exec(rest);
    if (u) {
      if (units !== void 0) throw new ClaimSyntaxError(token, "units given twice");
      const n = Number(u[1]);
      if (!Number.isInteger(n) || n < 1 || n > 99) throw new ClaimSyntaxError(token, `units must be 1-99, got ${u[1]}`);
      units = n;
      rest = rest.slice(u[0].length);
      continue;
    }
    if (/^\d/.test(rest)) throw new ClaimSyntaxError(token, "a code has 5 characters");
    if (rest.startsWith("-")) throw new ClaimSyntaxError(token, "a modifier has 2 characters, e.g. -51, -59, -XS");
    throw new ClaimSyntaxError(token, `unexpected "${rest}" (use -MM for modifiers and xN for units)`);
  }
  return { code, modifiers, units: units ?? 1 };
}
function parseClaim(claim) {
  const compact = claim.trim().replace(/\s*-\s*/g, "-").replace(/\s*([xX*×])\s*(\d)/g, "$1$2");
  const tokens = compact.split(/[\s,;]+/).filter((t) => t.length > 0);
  if (tokens.length === 0) throw new ClaimSyntaxError(claim.trim(), "the claim has no codes");
  return tokens.map(parseLine);
}

// src/check.ts
var aocCache = /* @__PURE__ */ new Map();
function aocData(file) {
  let d = aocCache.get(file);
  if (!d) {
    d = loadAocFile(file);
    aocCache.set(file, d);
  }
  return d;
}
var UsageError = class extends Error {
  name = "UsageError";
};
function validateCode(code) {
  if (code === void 0 || code === "auto") return;
  if (typeof code === "number") code = String(code);
  if (!FAMILY.includes(code)) {
    throw new UsageError(`unknown code '${code}': use auto or one of ${FAMILY.join(", ")}`);
  }
}
function applySeverity(elements, overrides) {
  if (!overrides) return elements;
  const out = [];
  for (const e of elements) {
    const sev = overrides[e.id];
    if (sev === "off") continue;
    if (sev === "warn" && e.status === "fail") out.push({ ...e, status: "warn" });
    else if (sev === "error" && e.status === "warn") out.push({ ...e, status: "fail" });
    else out.push(e);
  }
  return out;
}
function toText(input) {
  if (typeof input === "string") return { text: input, warnings: [] };
  if (input instanceof Uint8Array) {
    const d = decodeBytes(input);
    return { text: d.text, warnings: d.warnings };
  }
  throw new TypeError(`checkNote: note must be a string, a Buffer or a Uint8Array, not ${input === null ? "null" : typeof input}`);
}
var ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
function normaliseOptions(opts) {
  if (opts === void 0 || opts === null) return {};
  if (typeof opts !== "object") throw new TypeError(`checkNote: options must be an object, not ${typeof opts}`);
  const o = { ...opts };
  if (typeof o.code === "number") o.code = String(o.code);
  if (o.code !== void 0 && typeof o.code !== "string") throw new UsageError(`option code: expected "auto" or a code 20700-20705, not ${typeof o.code}`);
  validateCode(o.code);
  if (Array.isArray(o.claim)) o.claim = o.claim.map(String).join(",");
  if (o.claim !== void 0 && typeof o.claim !== "string") throw new UsageError('option claim: expected a string such as "27506,20702" or an array of code strings');
  if (o.asOf !== void 0) {
    const ok = typeof o.asOf === "string" && ISO_DAY.test(o.asOf) && !Number.isNaN((/* @__PURE__ */ new Date(`${o.asOf}T00:00:00Z`)).getTime()) && (/* @__PURE__ */ new Date(`${o.asOf}T00:00:00Z`)).toISOString().startsWith(o.asOf);
    if (!ok) throw new UsageError(`option asOf: expected a day as YYYY-MM-DD, not ${JSON.stringify(o.asOf)}`);
  }
  if (o.patternDirs !== void 0 && !(Array.isArray(o.patternDirs) && o.patternDirs.every((d) => typeof d === "string"))) {
    throw new UsageError("option patternDirs: expected an array of folder paths");
  }
  if (o.source !== void 0 && typeof o.source !== "string") throw new UsageError("option source: expected a string");
  return o;
}
function ruledOutEvidence(a, dev) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const d of dev.devices) {
    if (seen.has(d.sentence) || a.affirmed(d)) continue;
    seen.add(d.sentence);
    out.push(a.sentenceEvidence(d.sentence));
    if (out.length >= 3) break;
  }
  return out;
}
function checkNoteAll(input, options = {}) {
  const opts = normaliseOptions(options);
  const { text, warnings } = toText(input);
  const source = opts.source ?? "-";
  const dirs = opts.patternDirs ?? [];
  if (!text.trim()) {
    return [{ source, status: "error", code: null, suggestedCodes: [], devices: [], elements: [], error: { message: "empty note" } }];
  }
  const store = patternStore(dirs);
  const outcomes = store.data("outcomes.yaml");
  const a = new Analysis(text, dirs);
  const dev = analyseDevices(a);
  const devices = dev.events.map((e) => ({ action: e.action, site: e.site, evidence: eventEvidence(a, e) }));
  const deviceCodes = [];
  for (const e of dev.events) {
    const c = codeFor(e.action, e.site, dirs);
    if (c && !deviceCodes.includes(c)) deviceCodes.push(c);
  }
  const claimLines2 = opts.claim ? parseClaim(Array.isArray(opts.claim) ? opts.claim.join(",") : opts.claim) : void 0;
  const claimedFamily = (claimLines2 ?? []).map((l) => l.code).filter((c) => FAMILY.includes(c));
  const asked = opts.code !== void 0 && opts.code !== "auto" ? [String(opts.code)] : [];
  const surgeon = surgeonOf(a.grammar, text);
  const withWarnings = (r) => {
    const out = surgeon ? { ...r, surgeon } : r;
    return warnings.length ? { ...out, warnings: [...out.warnings ?? [], ...warnings] } : out;
  };
  const noDevice = dev.events.length === 0 ? { message: outcomes.noDevice.message, evidence: ruledOutEvidence(a, dev) } : void 0;
  if (noDevice && !asked.length && !claimedFamily.length) {
    return [withWarnings({ source, status: "no-device", code: null, suggestedCodes: [], devices: [], elements: [], noDevice })];
  }
  const wanted = asked.length ? asked : deviceCodes.length ? deviceCodes : noDevice ? [...new Set(claimedFamily)] : [null];
  const facts = claimLines2 ? primaryFacts(a) : void 0;
  const knowledge = claimLines2 ? loadCodes(dirs) : void 0;
  const removalCodes = claimLines2 ? removalOnlyCodes(dirs) : /* @__PURE__ */ new Set();
  const judged = wanted.map((code) => {
    const pack = loadCodePack(code ?? "20702", dirs);
    const noEvent = noDevice ? { message: outcomes.noDevice.element, fix: outcomes.noDevice.fix } : void 0;
    const j = judgePack({ a, dev, pack, explain: !!opts.explain, patternDirs: dirs }, noEvent);
    return { code, pack, elements: applySeverity(j.elements, opts.elements), kinds: j.kinds };
  });
  const guidance = [];
  const suggestedCodes = deviceCodes.filter((c) => {
    const j = judged.find((x) => x.code === c);
    if (!j) return true;
    const kind = (type) => {
      const el = j.pack.elements.find((e) => e.check.type === type || e.id === type);
      return el ? j.kinds.get(el.id) : void 0;
    };
    if (j.pack.action === "insert" && kind("fabrication") === "blocked") {
      guidance.push({ text: outcomes.prefabricated.replace("{code}", c) });
      return false;
    }
    if (j.pack.action === "remove" && kind("primary-procedure") === "literal") {
      guidance.push({ text: outcomes.removalOnly.replace("{code}", c) });
      return false;
    }
    return true;
  });
  let frames;
  const staged = judged.some((j) => j.pack.action === "insert" && j.elements.some((e) => e.id === "staged-removal" && e.status === "pass")) && a.mentions("staging").some((m) => !m.entry.tags.has("earlier") && !m.entry.tags.has("vague") && !a.assertion(m).negated && !a.assertion(m).historical);
  if (staged) guidance.push({ text: outcomes.staged.text, source: outcomes.staged.source });
  return judged.map(({ code, elements }) => {
    let failed = code === null || elements.some((e) => e.status === "fail");
    const result = { source, status: "pass", code, suggestedCodes, devices, elements };
    if (noDevice) result.noDevice = noDevice;
    if (opts.explain && dev.frames.length) result.frames = frames ??= frameSummaries(a, dev);
    if (guidance.length) result.guidance = guidance;
    if (claimLines2 && facts) {
      const noteFacts = {
        code,
        devices,
        documentedCodes: suggestedCodes,
        primaryCodesInNote: facts.codes,
        otherProceduresDocumented: facts.codes.some((c) => !removalCodes.has(c)) || facts.described || dev.events.some((e) => e.action === "insert"),
        sitesByCode: sitesByCode(devices, knowledge)
      };
      result.claim = checkClaim(claimLines2, noteFacts, {
        knowledge,
        ...opts.aocFile ? { aoc: aocData(opts.aocFile) } : {},
        ...opts.asOf ? { asOf: new Date(opts.asOf) } : {}
      });
      if (claimFails(result.claim)) failed = true;
    }
    result.status = failed ? "fail" : "pass";
    if (result.elements.length) result.elements = fixesInNoteWords(result, text);
    if (opts.query) {
      const q = draftQuery(result, text, { doc: a.doc, sections: a.sections, sentences: a.sentences }, dirs);
      if (q) result.query = q;
    }
    return withWarnings(result);
  });
}

// src/version.ts
import { readFileSync as readFileSync4 } from "node:fs";
var VERSION = (() => {
  const injected2 = globalThis.OPLINT_VERSION;
  if (injected2) return injected2;
  try {
    const pkg = JSON.parse(readFileSync4(new URL("../package.json", import.meta.url), "utf8"));
    return pkg.version;
  } catch {
    return "0.0.0";
  }
})();

// src/io/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
import { closeSync, constants as fsConstants, existsSync, fstatSync, openSync, readFileSync as readFileSync5, readSync, readdirSync as readdirSync2, realpathSync, statSync as statSync3 } from "node:fs";
import { dirname as dirname3, isAbsolute, join as join3, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
var DEFAULT_EXTENSIONS = [".txt", ".text", ".md", ".rtf", ".pdf", ".docx", ".html", ".htm", ".hl7", ".json", ".xml"];
var IGNORE_FILE = ".oplintignore";
function normalizeExtensions(exts) {
  return [...new Set(exts.map((e) => e.trim().toLowerCase()).filter(Boolean).map((e) => e.startsWith(".") ? e : `.${e}`))];
}
var byCodePoint = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var GLOB_CHARS = /[*?[]/;
function readIgnoreFile(dir) {
  const file = join3(dir, IGNORE_FILE);
  let text;
  try {
    if (!statSync3(file).isFile()) return void 0;
    text = readFileSync5(file, "utf8");
  } catch {
    return void 0;
  }
  return { base: dir, ig: (0, import_ignore.default)().add(text) };
}
function isIgnored(abs, isDir2, rules) {
  for (const r of rules) {
    const rel = relative2(r.base, abs);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) continue;
    const posix2 = sep2 === "/" ? rel : rel.split(sep2).join("/");
    if (r.ig.ignores(isDir2 ? `${posix2}/` : posix2)) return true;
  }
  return false;
}
function isHidden(name) {
  return name.startsWith(".") || name === "node_modules";
}
function safeRealpath(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
function specialKind(st) {
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  return void 0;
}
var PEEK = 64 * 1024;
function peek(abs) {
  let fd;
  try {
    fd = openSync(abs, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return void 0;
    const head = Buffer.alloc(Math.min(st.size, PEEK));
    const n = readSync(fd, head, 0, head.length, 0);
    let text = head.subarray(0, n).toString("latin1");
    if (st.size > PEEK) {
      const tail = Buffer.alloc(Math.min(st.size - PEEK, 4096));
      const m = readSync(fd, tail, 0, tail.length, st.size - tail.length);
      text += `
${tail.subarray(0, m).toString("latin1")}`;
    }
    return text.includes("\0") ? text.replace(/\0/g, "") : text;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function notANote(abs) {
  const lower = abs.toLowerCase();
  const isJson = lower.endsWith(".json");
  const isXml = lower.endsWith(".xml");
  const isHtml = lower.endsWith(".html") || lower.endsWith(".htm");
  if (!isJson && !isXml && !isHtml) return void 0;
  const text = peek(abs);
  if (text === void 0) return void 0;
  if (isHtml) return /<meta\s+name=["']generator["']\s+content=["']oplint/i.test(text.slice(0, 4096)) ? "an oplint report, skipped" : void 0;
  if (isJson) return /"resourceType"\s*:/.test(text) ? void 0 : "JSON that is not a FHIR resource, skipped";
  if (/<(?:[A-Za-z_][\w.-]*:)?ClinicalDocument[\s>]/.test(text) || /<!DOCTYPE|<!ENTITY/i.test(text)) return void 0;
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:html|body)\b/i.test(text)) return void 0;
  return "XML that is not a C-CDA document, skipped";
}
function* discover(paths, opts) {
  const cwd = resolve2(opts.cwd);
  const exts = normalizeExtensions(opts.extensions?.length ? opts.extensions : DEFAULT_EXTENSIONS);
  const base = [];
  if (opts.ignore?.length) base.push({ base: cwd, ig: (0, import_ignore.default)().add(opts.ignore) });
  const cwdRules = readIgnoreFile(cwd);
  if (cwdRules) base.push(cwdRules);
  const aboveCache = /* @__PURE__ */ new Map();
  function rulesAbove(dir, includeSelf = false) {
    const rel = relative2(cwd, dir);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
      if (!includeSelf || rel === "") return base;
      const own = readIgnoreFile(dir);
      return own ? [...base, own] : base;
    }
    const key2 = `${includeSelf ? "1" : "0"}${dir}`;
    const hit = aboveCache.get(key2);
    if (hit) return hit;
    const rules = [...base];
    const parts = rel.split(sep2);
    const upto = includeSelf ? parts.length : parts.length - 1;
    for (let i = 1; i <= upto; i++) {
      const r = readIgnoreFile(join3(cwd, ...parts.slice(0, i)));
      if (r) rules.push(r);
    }
    aboveCache.set(key2, rules);
    return rules;
  }
  const seenFiles = /* @__PURE__ */ new Set();
  const seenDirs = /* @__PURE__ */ new Set();
  let stdinDone = false;
  const hasExt = (name) => {
    const lower = name.toLowerCase();
    return exts.some((e) => lower.endsWith(e) && lower.length > e.length);
  };
  function* walk(shown2, abs, rules, match) {
    const real = safeRealpath(abs);
    if (!real || seenDirs.has(real)) return 0;
    seenDirs.add(real);
    const own = abs === cwd ? void 0 : readIgnoreFile(abs);
    const active = own ? [...rules, own] : rules;
    let entries;
    try {
      entries = readdirSync2(abs, { withFileTypes: true });
    } catch (err) {
      const code = err.code;
      yield { kind: "error", path: shown2, message: code === "EACCES" || code === "EPERM" ? "permission denied" : `cannot read directory (${code ?? "error"})` };
      return 0;
    }
    entries.sort((a, b) => byCodePoint(a.name, b.name));
    let count = 0;
    for (const e of entries) {
      if (isHidden(e.name)) continue;
      const childAbs = join3(abs, e.name);
      const childShown = join3(shown2, e.name);
      let isDir2 = e.isDirectory();
      let isFile = e.isFile();
      let special = specialKind(e);
      if (e.isSymbolicLink()) {
        try {
          const st = statSync3(childAbs);
          isDir2 = st.isDirectory();
          isFile = st.isFile();
          special = specialKind(st);
        } catch {
          continue;
        }
      }
      if (isDir2) {
        if (isIgnored(childAbs, true, active)) continue;
        count += yield* walk(childShown, childAbs, active, match);
      } else if (special) {
        if (match ? !match(childAbs) : !hasExt(e.name)) continue;
        if (isIgnored(childAbs, false, active)) continue;
        yield { kind: "skipped", path: childShown, message: `${special}, skipped in a folder scan (name it explicitly to read it)` };
      } else if (isFile) {
        if (match ? !match(childAbs) : !hasExt(e.name)) continue;
        if (isIgnored(childAbs, false, active)) continue;
        const why = notANote(childAbs);
        if (why) {
          yield { kind: "skipped", path: childShown, message: why };
          continue;
        }
        const realFile = e.isSymbolicLink() ? safeRealpath(childAbs) ?? childAbs : join3(real, e.name);
        count++;
        if (seenFiles.has(realFile)) continue;
        seenFiles.add(realFile);
        yield { kind: "file", path: childShown };
      }
    }
    return count;
  }
  function* globArg(arg) {
    const parts = arg.split(/[\\/]/);
    const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
    const prefix = parts.slice(0, firstGlob).join("/");
    const rest = parts.slice(firstGlob).join("/");
    const shownBase = prefix === "" && isAbsolute(arg) ? "/" : prefix || ".";
    const absBase = resolve2(cwd, shownBase);
    const matcher = (0, import_ignore.default)().add(`/${rest}`);
    const match = (abs) => {
      const rel = relative2(absBase, abs).split(sep2).join("/");
      return matcher.ignores(rel);
    };
    let n = 0;
    if (existsSync(absBase)) n = yield* walk(shownBase, absBase, rulesAbove(absBase), match);
    if (n === 0) yield { kind: "error", path: arg, message: "no files match this pattern" };
  }
  for (const arg of paths) {
    if (arg === "-") {
      if (!stdinDone) yield { kind: "stdin" };
      stdinDone = true;
      continue;
    }
    const abs = resolve2(cwd, arg);
    let st;
    try {
      st = statSync3(abs);
    } catch (err) {
      const code = err.code;
      if ((code === "ENOENT" || code === "ENOTDIR") && GLOB_CHARS.test(arg)) {
        yield* globArg(arg);
      } else if (code === "EACCES" || code === "EPERM") {
        yield { kind: "error", path: arg, message: "permission denied" };
      } else if (code === "ELOOP") {
        yield { kind: "error", path: arg, message: "too many levels of symbolic links" };
      } else {
        yield { kind: "error", path: arg, message: "no such file or directory" };
      }
      continue;
    }
    if (st.isDirectory()) {
      const real2 = safeRealpath(abs);
      if (real2 && seenDirs.has(real2)) continue;
      const n = yield* walk(arg, abs, rulesAbove(abs));
      if (n === 0) {
        yield { kind: "error", path: arg, message: `no notes found in ${arg} (extensions: ${exts.join(", ")})` };
      }
      continue;
    }
    if (isIgnored(abs, false, rulesAbove(dirname3(abs), true))) {
      yield { kind: "ignored", path: arg };
      continue;
    }
    const real = safeRealpath(abs) ?? abs;
    if (st.isFile()) {
      if (seenFiles.has(real)) continue;
      seenFiles.add(real);
    }
    yield { kind: "file", path: arg };
  }
}

// src/io/read.ts
import { closeSync as closeSync2, constants as fsConstants2, fstatSync as fstatSync2, openSync as openSync2, readSync as readSync2, statSync as statSync4 } from "node:fs";
import { open } from "node:fs/promises";

// src/io/extract/index.ts
import { extname } from "node:path";

// src/io/extract/fhir.ts
init_types();
var PREFERENCE = [
  "text/plain",
  "text/html",
  "application/xhtml+xml",
  "text/rtf",
  "application/rtf",
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/xml",
  "text/xml",
  "application/hl7-cda+xml"
];
var baseType = (ct) => (ct ?? "").split(";")[0].trim().toLowerCase();
function readableType(ct) {
  return PREFERENCE.includes(baseType(ct));
}
function looksFhir(head) {
  return /^\s*[{[]/.test(head) && /"resourceType"\s*:/.test(head);
}
function b64(data) {
  return Buffer.from(data, "base64");
}
function fromAttachment(att, resolve10, where) {
  if (att.data) return { bytes: b64(att.data), contentType: baseType(att.contentType) || "text/plain", where };
  if (att.url) {
    const bin = resolve10?.(att.url);
    if (!bin) return { error: `${where}: attachment url ${att.url} is not in this file (oplint never fetches)`, where };
    if (!bin.data) return { error: `${where}: Binary ${att.url} has no data`, where };
    return { bytes: b64(bin.data), contentType: baseType(bin.contentType || att.contentType) || "text/plain", where };
  }
  return { error: `${where}: attachment has neither data nor url`, where };
}
function fromDocumentReference(dr, outer, where) {
  const resolve10 = (url) => {
    if (url.startsWith("#")) {
      const c = (dr.contained ?? []).find((r) => r.id === url.slice(1));
      return c?.resourceType === "Binary" ? c : void 0;
    }
    return outer?.(url);
  };
  const atts = (dr.content ?? []).map((c) => c.attachment).filter((a) => !!a);
  if (!atts.length) return { error: `${where}: DocumentReference has no content`, where };
  const ranked = atts.map((a, i) => ({ a, i, rank: PREFERENCE.indexOf(baseType(a.contentType) || "text/plain") })).filter((x) => x.rank >= 0).sort((x, y) => x.rank - y.rank || x.i - y.i);
  if (!ranked.length) {
    const types = [...new Set(atts.map((a) => baseType(a.contentType) || "(none)"))].join(", ");
    return { error: `${where}: no readable content (content type ${types})`, where };
  }
  let first;
  for (const { a } of ranked) {
    const d = fromAttachment(a, resolve10, where);
    if (!("error" in d)) return d;
    first ??= d;
  }
  return first;
}
function fhirDocuments(json2) {
  const res = json2;
  if (!res || typeof res !== "object" || typeof res.resourceType !== "string") {
    throw new ExtractError("JSON that is not a FHIR resource (no resourceType)", "skip");
  }
  switch (res.resourceType) {
    case "DocumentReference":
      return [fromDocumentReference(res, void 0, "DocumentReference")];
    case "Binary":
      if (!res.data) throw new ExtractError("FHIR Binary has no data");
      if (!readableType(res.contentType)) throw new ExtractError(`FHIR Binary of content type ${baseType(res.contentType) || "(none)"} is not read`);
      return [{ bytes: b64(res.data), contentType: baseType(res.contentType), where: "Binary" }];
    case "Bundle":
      return bundleDocuments(res);
    default:
      throw new ExtractError(`FHIR ${res.resourceType} resource holds no note (expected DocumentReference, Binary or Bundle)`);
  }
}
function bundleDocuments(bundle) {
  const entries = bundle.entry ?? [];
  const binaries = /* @__PURE__ */ new Map();
  const resourceOf = (e) => e.resource;
  for (const e of entries) {
    const r = resourceOf(e);
    if (r?.resourceType !== "Binary") continue;
    if (e.fullUrl) binaries.set(e.fullUrl, r);
    if (r.id) binaries.set(`Binary/${r.id}`, r);
  }
  const used = /* @__PURE__ */ new Set();
  const resolve10 = (url) => {
    let b = binaries.get(url);
    if (!b) {
      const m = /(Binary\/[^/?#]+)(?:\/_history\/[^/?#]+)?$/.exec(url);
      if (m) b = binaries.get(m[1]);
    }
    if (b) used.add(b);
    return b;
  };
  const docs = [];
  const order = [];
  entries.forEach((e, i) => {
    const r = resourceOf(e);
    if (r?.resourceType === "DocumentReference") {
      order.push({ index: i, doc: fromDocumentReference(r, resolve10, `entry ${i + 1} (DocumentReference)`) });
    }
  });
  entries.forEach((e, i) => {
    const r = resourceOf(e);
    if (r?.resourceType !== "Binary" || used.has(r)) return;
    if (!readableType(r.contentType)) return;
    order.push({ index: i, doc: r.data ? { bytes: b64(r.data), contentType: baseType(r.contentType), where: `entry ${i + 1} (Binary)` } : { error: `entry ${i + 1}: Binary has no data`, where: `entry ${i + 1}` } });
  });
  order.sort((a, b) => a.index - b.index);
  for (const o of order) docs.push(o.doc);
  if (!docs.length) throw new ExtractError("FHIR Bundle holds no DocumentReference or readable Binary");
  return docs;
}

// src/io/extract/hl7.ts
function looksHl7(head) {
  return /^\s*(?:MSH|FHS|BHS)[^A-Za-z0-9\s]/.test(head);
}
function delimitersOf(segment) {
  const f = segment[3] ?? "|";
  const enc = segment.slice(4, 4 + 4);
  const pick = (k, d) => enc[k] && enc[k] !== f ? enc[k] : d;
  return { field: f, component: pick(0, "^"), repetition: pick(1, "~"), escape: pick(2, "\\"), subcomponent: pick(3, "&") };
}
function unescapeHl7(value, d) {
  const e = d.escape;
  if (!value.includes(e)) return value;
  let out = "";
  let i = 0;
  while (i < value.length) {
    const ch = value[i];
    if (ch !== e) {
      out += ch;
      i++;
      continue;
    }
    const end = value.indexOf(e, i + 1);
    if (end === -1) {
      out += value.slice(i);
      break;
    }
    const seq = value.slice(i + 1, end);
    i = end + 1;
    if (seq === "F") out += d.field;
    else if (seq === "S") out += d.component;
    else if (seq === "T") out += d.subcomponent;
    else if (seq === "R") out += d.repetition;
    else if (seq === "E") out += e;
    else if (seq === "P") out += "&";
    else if (/^X[0-9A-Fa-f]*$/.test(seq)) out += hexText(seq.slice(1));
    else if (seq === ".br") out += "\n";
    else if (/^\.sp\s*[+-]?\d*$/.test(seq)) {
      const k = Number(seq.slice(3).trim() || "1");
      out += "\n".repeat(Math.max(1, Math.min(k, 10)));
    } else if (/^\.(?:in|ti|sk|fi|nf|ce)\b/.test(seq) || seq === "H" || seq === "N" || /^[CMZ]/.test(seq)) {
      if (seq.startsWith(".sk")) out += " ".repeat(Math.min(Number(seq.slice(3).trim() || "1"), 20));
    } else {
      out += e + seq + e;
    }
  }
  return out;
}
function hexText(hex) {
  const bytes = new Uint8Array(Math.floor(hex.length / 2));
  for (let k = 0; k < bytes.length; k++) bytes[k] = parseInt(hex.slice(2 * k, 2 * k + 2), 16);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return Array.from(bytes, (b) => String.fromCharCode(b)).join("");
  }
}
function base64Bytes(s) {
  return Buffer.from(s.replace(/\s+/g, ""), "base64");
}
function hexBytes(s) {
  return Buffer.from(s.replace(/\s+/g, ""), "hex");
}
function parseHl7(text) {
  const segments = [];
  let fieldSep = "|";
  for (const line of text.split(/\r\n|\r|\n/)) {
    const bare = line.replace(/^[\s\x0b\x1c]+/, "");
    if (/^(?:MSH|FHS|BHS)/.test(bare)) fieldSep = bare[3] ?? "|";
    const starts = /^[A-Z][A-Z0-9]{2}$/.test(bare.slice(0, 3)) && (bare.length === 3 || bare[3] === fieldSep || /^(?:MSH|FHS|BHS)/.test(bare));
    if (starts || !segments.length) segments.push(line);
    else if (line.trim() !== "") segments[segments.length - 1] += `
${line}`;
  }
  const messages = [];
  let cur;
  let d = delimitersOf("MSH|^~\\&");
  let segIndex = 0;
  for (const rawSeg of segments) {
    if (!rawSeg.trim()) continue;
    const seg = rawSeg.replace(/^[\s\x0b\x1c]+/, "").replace(/[\x1c\s]+$/, "");
    if (!seg) continue;
    const id = seg.slice(0, 3);
    if (id === "FHS" || id === "BHS") {
      d = delimitersOf(seg);
      continue;
    }
    if (id === "FTS" || id === "BTS") continue;
    if (id === "MSH") {
      d = delimitersOf(seg);
      segIndex = 1;
      const fields2 = seg.split(d.field);
      cur = { index: messages.length + 1, type: fields2[8] ?? "", parts: [], otherTypes: [], obx: 0 };
      messages.push(cur);
      continue;
    }
    if (!cur) continue;
    segIndex++;
    if (id !== "OBX") continue;
    cur.obx++;
    const fields = seg.split(d.field);
    const valueType = (fields[2] ?? "").trim().toUpperCase();
    const value = fields[5] ?? "";
    if (valueType === "TX" || valueType === "FT" || valueType === "ST" || valueType === "TEXT") {
      const lines = [];
      for (const rep of value.split(d.repetition)) lines.push(...unescapeHl7(rep, d).split("\n"));
      cur.parts.push({ kind: "text", lines, segment: segIndex });
    } else if (valueType === "ED" || valueType === "RP") {
      if (valueType === "RP") {
        cur.otherTypes.push("RP (a reference, never fetched)");
        continue;
      }
      const comps = value.split(d.component);
      const subtype = unescapeHl7(comps[2] ?? "", d).trim();
      const encoding = (comps[3] ?? "").trim().toUpperCase();
      const data = comps.slice(4).join(d.component);
      let bytes;
      if (encoding === "BASE64") bytes = base64Bytes(data);
      else if (encoding === "HEX") bytes = hexBytes(data);
      else bytes = Buffer.from(unescapeHl7(data, d), "utf8");
      cur.parts.push({ kind: "data", bytes, subtype, segment: segIndex });
    } else if (valueType) {
      if (!cur.otherTypes.includes(valueType)) cur.otherTypes.push(valueType);
    }
  }
  return messages;
}

// src/io/extract/index.ts
init_html();

// src/io/extract/rtf.ts
init_types();
var SKIP = /* @__PURE__ */ new Set([
  "fonttbl",
  "colortbl",
  "stylesheet",
  "info",
  "pict",
  "object",
  "objdata",
  "header",
  "headerl",
  "headerr",
  "headerf",
  "footer",
  "footerl",
  "footerr",
  "footerf",
  "listtable",
  "listoverridetable",
  "revtbl",
  "rsidtbl",
  "generator",
  "xmlnstbl",
  "themedata",
  "colorschememapping",
  "datastore",
  "latentstyles",
  "pgdsctbl",
  "filetbl",
  "fldinst",
  "footnote",
  "annotation",
  "atnid",
  "atnauthor",
  "nonshppict",
  "shpinst",
  "template",
  "userprops",
  "docvar",
  "ftnsep",
  "ftnsepc",
  "aftnsep",
  "aftnsepc",
  "protusertbl",
  "mmathPr",
  "wgrffmtfilter",
  "pnseclvl",
  "listpicture",
  "bkmkstart",
  "bkmkend",
  "xe",
  "tc",
  "txe",
  "passwordhash",
  "defchp",
  "defpap",
  "panose",
  "falt",
  "fname",
  "pn",
  "pntxta",
  "pntxtb",
  "oldcprops",
  "oldpprops",
  "oldtprops",
  "oldsprops",
  "shpgrp",
  "sp",
  "sn",
  "sv"
]);
var CHARS = {
  tab: "	",
  emdash: "\u2014",
  endash: "\u2013",
  bullet: "\u2022",
  lquote: "\u2018",
  rquote: "\u2019",
  ldblquote: "\u201C",
  rdblquote: "\u201D",
  emspace: " ",
  enspace: " ",
  qmspace: " ",
  zwj: "",
  zwnj: "",
  zwbo: "",
  zwnbo: "",
  ltrmark: "",
  rtlmark: "",
  chatn: "",
  chftn: ""
};
var BREAKS2 = /* @__PURE__ */ new Set(["par", "line", "page", "sect", "row", "nestrow", "lbr"]);
var CHARSET_CP = {
  0: 0,
  1: 0,
  2: -1,
  77: 1e4,
  128: 932,
  129: 949,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  163: 1258,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
  255: 437
};
var SYMBOL = { 183: "\u2022", 167: "\u25AA", 111: "o", 252: "\u2713", 216: "\u2192", 45: "-" };
var isLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isDigit2 = (c) => c >= 48 && c <= 57;
function looksRtf(head) {
  return /^\s*\{\\rtf/.test(head);
}
function rtfToText(src) {
  if (!looksRtf(src)) throw new ExtractError("not an RTF document (no {\\rtf header)");
  let docCp = 1252;
  const fonts = /* @__PURE__ */ new Map();
  let defFont = -1;
  let defFontDef = -1;
  const out = [];
  let bytes = [];
  let bytesCp = 0;
  const flushBytes = () => {
    if (!bytes.length) return;
    if (bytesCp === -1) out.push(bytes.map((b) => SYMBOL[b] ?? String.fromCharCode(b)).join(""));
    else out.push(decodeCodePage(Uint8Array.from(bytes), bytesCp || docCp));
    bytes = [];
  };
  const emit = (s) => {
    flushBytes();
    out.push(s);
  };
  let st = { skip: false, uc: 1, hidden: false, fontCp: 0, fonttbl: false, sa: 0, contextual: false };
  const stack = [];
  let skipChars = 0;
  let depth = 0;
  let groupStart = false;
  let starred = false;
  const n = src.length;
  let i = 0;
  while (i < n) {
    const ch = src[i];
    if (ch === "{") {
      stack.push(st);
      st = { ...st };
      depth++;
      skipChars = 0;
      groupStart = true;
      starred = false;
      i++;
      continue;
    }
    if (ch === "}") {
      flushBytes();
      st = stack.pop() ?? st;
      depth--;
      skipChars = 0;
      groupStart = false;
      i++;
      if (depth <= 0) break;
      continue;
    }
    if (ch === "\\") {
      const next = src[i + 1];
      if (next === void 0) break;
      if (isLetter(src.charCodeAt(i + 1))) {
        let j2 = i + 1;
        while (j2 < n && j2 - i <= 32 && isLetter(src.charCodeAt(j2))) j2++;
        const word = src.slice(i + 1, j2);
        let param;
        const neg = src.charCodeAt(j2) === 45 && isDigit2(src.charCodeAt(j2 + 1));
        let k = neg ? j2 + 1 : j2;
        if (isDigit2(src.charCodeAt(k))) {
          let v = 0;
          while (k < n && isDigit2(src.charCodeAt(k)) && k - j2 < 11) v = v * 10 + (src.charCodeAt(k++) - 48);
          param = neg ? -v : v;
          j2 = k;
        }
        if (src[j2] === " ") j2++;
        i = j2;
        const atStart2 = groupStart;
        groupStart = false;
        if (word === "bin") {
          i += Math.max(0, param ?? 0);
          continue;
        }
        if (atStart2 && (starred || SKIP.has(word))) {
          if (word === "fonttbl") st.fonttbl = true;
          else st.skip = true;
          if (word !== "fonttbl") continue;
        }
        if (st.fonttbl) {
          if (word === "f" && param !== void 0) defFontDef = param;
          else if (word === "fcharset" && param !== void 0 && defFontDef >= 0) fonts.set(defFontDef, CHARSET_CP[param] ?? 0);
          continue;
        }
        if (st.skip) continue;
        if (skipChars > 0 && word !== "u") {
          skipChars--;
          continue;
        }
        switch (word) {
          case "ansicpg":
            if (param) docCp = param;
            continue;
          case "mac":
            docCp = 1e4;
            continue;
          case "pc":
            docCp = 437;
            continue;
          case "pca":
            docCp = 850;
            continue;
          case "deff":
            if (param !== void 0) defFont = param;
            continue;
          case "f":
            if (param !== void 0) st.fontCp = fonts.get(param) ?? 0;
            continue;
          case "plain":
            st.hidden = false;
            st.fontCp = defFont >= 0 ? fonts.get(defFont) ?? 0 : 0;
            continue;
          case "uc":
            st.uc = Math.max(0, param ?? 1);
            continue;
          case "u": {
            if (param === void 0) continue;
            const code2 = param < 0 ? param + 65536 : param;
            const sym = code2 >= 61472 && code2 <= 61695 ? SYMBOL[code2 - 61440] : void 0;
            if (!st.hidden) emit(sym ?? String.fromCharCode(code2));
            skipChars = st.uc;
            continue;
          }
          case "v":
            st.hidden = param !== 0;
            continue;
          case "pard":
            st.sa = 0;
            st.contextual = false;
            continue;
          case "sa":
          case "sb":
            if (param !== void 0) st.sa = Math.max(st.sa, param);
            continue;
          case "contextualspace":
            st.contextual = true;
            continue;
          case "par":
            emit(st.sa > 0 && !st.contextual ? "\n\n" : "\n");
            continue;
          case "cell":
          case "nestcell":
            if (!st.hidden) emit("	");
            continue;
        }
        if (BREAKS2.has(word)) {
          emit("\n");
          continue;
        }
        const c = CHARS[word];
        if (c !== void 0 && !st.hidden) emit(c);
        continue;
      }
      const atStart = groupStart;
      groupStart = false;
      if (next === "*") {
        starred = atStart || starred;
        groupStart = atStart;
        i += 2;
        continue;
      }
      if (next === "'") {
        const hex = src.slice(i + 2, i + 4);
        i += 4;
        if (st.skip || st.fonttbl) continue;
        if (skipChars > 0) {
          skipChars--;
          continue;
        }
        const b = parseInt(hex, 16);
        if (Number.isNaN(b) || st.hidden) continue;
        if (bytes.length && bytesCp !== st.fontCp) flushBytes();
        bytesCp = st.fontCp;
        bytes.push(b);
        continue;
      }
      i += 2;
      if (st.skip || st.fonttbl) continue;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      if (st.hidden) continue;
      if (next === "\\" || next === "{" || next === "}") emit(next);
      else if (next === "~") emit("\xA0");
      else if (next === "_") emit("\u2011");
      else if (next === "-") continue;
      else if (next === "\n" || next === "\r") emit("\n");
      else if (next === "|" || next === ":") continue;
      continue;
    }
    groupStart = false;
    const code = ch.charCodeAt(0);
    if (code === 13 || code === 10) {
      i++;
      continue;
    }
    if (code >= 128 && code <= 255) {
      i++;
      if (st.skip || st.fonttbl || st.hidden) continue;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      if (bytes.length && bytesCp !== st.fontCp) flushBytes();
      bytesCp = st.fontCp;
      bytes.push(code);
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const c = src.charCodeAt(j);
      if (c === 92 || c === 123 || c === 125 || c === 13 || c === 10 || c >= 128 && c <= 255) break;
      j++;
    }
    let run = src.slice(i, j);
    i = j;
    if (st.skip || st.fonttbl || st.hidden) continue;
    if (skipChars > 0) {
      const drop = Math.min(skipChars, run.length);
      skipChars -= drop;
      run = run.slice(drop);
      if (!run) continue;
    }
    if (bytes.length) flushBytes();
    out.push(run);
  }
  flushBytes();
  return out.join("").replace(/\t+\n/g, "\n");
}

// src/io/extract/index.ts
init_types();
init_types();
var startsWith = (buf, sig) => sig.every((b, i) => buf[i] === b);
function sniffBytes(buf) {
  if (startsWith(buf, [80, 75, 3, 4]) || startsWith(buf, [80, 75, 5, 6])) return "zip";
  if (startsWith(buf, [208, 207, 17, 224, 161, 177, 26, 225])) return "ole";
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, 1024));
  if (head.indexOf("%PDF-") !== -1) return "pdf";
  let i = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0;
  while (i < head.length && (head[i] === 32 || head[i] === 9 || head[i] === 10 || head[i] === 13)) i++;
  if (head[i] === 123 && head[i + 1] === 92 && head[i + 2] === 114 && head[i + 3] === 116 && head[i + 4] === 102) return "rtf";
  return void 0;
}
function note(text, format, warnings, locators) {
  if (!text.trim()) return { error: "empty note" };
  return locators?.length ? { text, format, warnings, locators } : { text, format, warnings };
}
function oneLine(err) {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0].trim();
}
function hintFor(type) {
  const t = type.toLowerCase();
  if (t.includes("pdf")) return ".pdf";
  if (t.includes("rtf")) return ".rtf";
  if (t.includes("html")) return ".html";
  if (t.includes("wordprocessingml") || t === "docx") return ".docx";
  if (t.includes("xml")) return ".xml";
  return ".txt";
}
async function nested(bytes, type, ctx, format, extra) {
  if (ctx.depth >= 2) return [{ error: "document nested too deeply; not read" }];
  let inner;
  try {
    inner = await extract(bytes, { ...ctx, name: `embedded${hintFor(type)}`, depth: ctx.depth + 1 });
  } catch (err) {
    return [{ error: err instanceof ExtractError ? err.message : `cannot read embedded document (${oneLine(err)})` }];
  }
  return inner.items.map((it) => {
    if ("error" in it) return it;
    const locators = it.locators?.length ? it.locators.map((l) => ({ ...l, ...extra })) : Object.keys(extra).length ? [{ line: 1, ...extra }] : void 0;
    return locators ? { ...it, format, locators } : { ...it, format };
  });
}
async function fromFhir(text, ctx, warnings) {
  let json2;
  try {
    json2 = JSON.parse(text);
  } catch (err) {
    throw new ExtractError(`malformed JSON (${oneLine(err)})`);
  }
  const docs = fhirDocuments(json2);
  const items = [];
  for (const d of docs) {
    if ("error" in d) items.push({ error: d.error });
    else {
      const got = await nested(d.bytes, d.contentType, ctx, "fhir", {});
      items.push(...got.map((it) => "error" in it ? { error: `${d.where}: ${it.error}` } : { ...it, warnings: [...warnings, ...it.warnings] }));
    }
  }
  return items;
}
async function fromHl7(text, ctx, warnings) {
  const messages = parseHl7(text);
  if (!messages.length) throw new ExtractError("HL7 file without an MSH segment");
  const items = [];
  for (const m of messages) {
    const label = messages.length > 1 ? `message ${m.index} (${m.type || "no type"})` : `HL7 message ${m.type || ""}`.trim();
    const textParts = m.parts.filter((p) => p.kind === "text");
    if (textParts.length) {
      const lines = [];
      const locators = [];
      for (const p of textParts) {
        locators.push({ line: lines.length + 1, segment: p.segment });
        lines.push(...p.lines);
      }
      const body = `${lines.join("\n").replace(/\s+$/, "")}
`;
      items.push(note(body, "hl7v2", warnings, locators));
      continue;
    }
    const data = m.parts.find((p) => p.kind === "data");
    if (data && data.kind === "data") {
      const got = await nested(data.bytes, data.subtype, ctx, "hl7v2", { segment: data.segment });
      items.push(...got.map((it) => "error" in it ? { error: `${label}: ${it.error}` } : it));
      continue;
    }
    const other = m.otherTypes.length ? ` (OBX value types: ${m.otherTypes.join(", ")})` : "";
    items.push({ error: m.obx ? `${label} has no OBX text${other}` : `${label} has no OBX segment with note text` });
  }
  return items;
}
async function extract(buf, opts) {
  const ctx = { name: opts.name ?? "", maxSize: opts.maxSize, depth: opts.depth ?? 0 };
  const ext = extname(ctx.name).toLowerCase();
  const kind = sniffBytes(buf);
  if (kind === "pdf") {
    const { pdfToText: pdfToText2 } = await Promise.resolve().then(() => (init_pdf(), pdf_exports));
    const r = await pdfToText2(buf);
    return { format: "pdf", items: [note(r.text, "pdf", [], r.locators)] };
  }
  if (kind === "zip") {
    const { docxToText: docxToText2 } = await Promise.resolve().then(() => (init_docx(), docx_exports));
    return { format: "docx", items: [note(await docxToText2(buf, ctx.maxSize), "docx", [])] };
  }
  if (kind === "ole") throw new ExtractError("legacy binary Office file (.doc); save it as .docx, PDF or RTF");
  if (kind === "rtf") {
    return { format: "rtf", items: [note(tidy(rtfToText(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString("latin1"))), "rtf", [])] };
  }
  const plain2 = plainAsciiText(buf);
  let text;
  let warnings;
  if (plain2 !== void 0) {
    text = plain2;
    warnings = [];
  } else {
    const utf16 = sniffUtf16(buf);
    if (!utf16 && looksBinary(buf)) throw new ExtractError("binary file, skipped");
    const decoded = decodeBytes(buf);
    text = decoded.text;
    warnings = decoded.warnings;
  }
  const head = text.slice(0, 4096).replace(/^\ufeff/, "");
  if (looksRtf(head)) return { format: "rtf", items: [note(tidy(rtfToText(text)), "rtf", warnings)] };
  if (looksHl7(head)) return { format: "hl7v2", items: await fromHl7(text, ctx, warnings) };
  const trimmed = head.trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    if (looksFhir(head) || ext === ".json") return { format: "fhir", items: await fromFhir(text, ctx, warnings) };
  }
  if (trimmed.startsWith("<")) {
    const { looksCcda: looksCcda2, rejectDoctype: rejectDoctype2, ccdaToText: ccdaToText2 } = await Promise.resolve().then(() => (init_ccda(), ccda_exports));
    const ccda = looksCcda2(head);
    if (!ccda && (looksHtml(trimmed) || ext === ".html" || ext === ".htm")) return htmlNote(text, warnings);
    if (ccda || /^<(?:\?xml|!DOCTYPE|!ENTITY)/i.test(trimmed) || ext === ".xml") {
      rejectDoctype2(text);
      if (!ccda && !looksCcda2(text.slice(0, 65536))) {
        if (ext === ".html" || ext === ".htm") return htmlNote(text, warnings);
        throw new ExtractError("XML that is not a C-CDA document (no ClinicalDocument)", "skip");
      }
      const r = await ccdaToText2(text);
      if (r.data) return { format: "ccda", items: await nested(r.data.bytes, r.data.mediaType, ctx, "ccda", {}) };
      return { format: "ccda", items: [note(r.text ?? "", "ccda", warnings, r.locators)] };
    }
  }
  if (ext === ".html" || ext === ".htm") return htmlNote(text, warnings);
  if (ext === ".json") throw new ExtractError("JSON that is not a FHIR resource (no resourceType)", "skip");
  return { format: "text", items: [note(text, "text", warnings)] };
}
async function htmlNote(text, warnings) {
  const { htmlToText: htmlToText2 } = await Promise.resolve().then(() => (init_html(), html_exports));
  return { format: "html", items: [note(await htmlToText2(text), "html", warnings)] };
}

// src/io/read.ts
init_size();
init_size();
var DEFAULT_MAX_SIZE = 5 * 1024 * 1024;
function decodeNote(buf) {
  if (!sniffUtf16(buf) && looksBinary(buf)) return { ok: false, reason: "binary", message: "binary file, skipped" };
  const { text, warnings } = decodeBytes(buf);
  const empty = checkText(text);
  if (empty) return empty;
  return { ok: true, text, warnings };
}
function checkText(text, opts = {}) {
  if (opts.maxSize !== void 0) {
    const size = Buffer.byteLength(text, "utf8");
    if (size > opts.maxSize) return { ok: false, reason: "too-large", message: sizeMessage("note", size, opts.maxSize) };
  }
  if (text.trim() === "") return { ok: false, reason: "empty", message: "empty note" };
  return void 0;
}
function fsErrorMessage(err) {
  const code = err?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return { reason: "missing", message: "no such file or directory" };
    case "EACCES":
    case "EPERM":
      return { reason: "permission", message: "permission denied" };
    case "EISDIR":
      return { reason: "directory", message: "is a directory" };
    case "ELOOP":
      return { reason: "unreadable", message: "too many levels of symbolic links" };
    default:
      return { reason: "unreadable", message: `cannot read file (${code ?? err?.message ?? "unknown error"})` };
  }
}
var OPEN_FLAGS = fsConstants2.O_RDONLY | (fsConstants2.O_NONBLOCK ?? 0);
var CHUNK = 64 * 1024;
var tooLarge = (size, maxSize) => ({ ok: false, reason: "too-large", message: sizeMessage("file", size, maxSize) });
var overLimit = (maxSize) => ({ ok: false, reason: "too-large", message: `input is over the ${formatSize(maxSize)} limit (--max-size)` });
function readWhole(fd, size, maxSize) {
  if (size > 0) {
    const buf = Buffer.allocUnsafe(size);
    let pos = 0;
    while (pos < size) {
      const n = readSync2(fd, buf, pos, size - pos, null);
      if (n === 0) break;
      pos += n;
    }
    return pos < size ? buf.subarray(0, pos) : buf;
  }
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    const n = readSync2(fd, chunk, 0, CHUNK, null);
    if (n === 0) break;
    total += n;
    if (total > maxSize) return void 0;
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}
function readRegular(path, maxSize) {
  let fd;
  try {
    fd = openSync2(path, OPEN_FLAGS);
  } catch (err) {
    return { open: err };
  }
  try {
    const st = fstatSync2(fd);
    if (!st.isFile()) {
      if (st.isDirectory()) return { ok: false, reason: "directory", message: "is a directory" };
      return { ok: false, reason: "unreadable", message: "file changed into a pipe or device while being read" };
    }
    if (st.size > maxSize) return tooLarge(st.size, maxSize);
    const bytes = readWhole(fd, st.size, maxSize);
    return bytes ? { ok: true, bytes } : overLimit(maxSize);
  } catch (err) {
    return { ok: false, ...fsErrorMessage(err) };
  } finally {
    closeSync2(fd);
  }
}
async function readBytes(path, opts = {}) {
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  if (opts.regular) {
    const r = readRegular(path, maxSize);
    if (!("open" in r)) return r;
  }
  let st;
  try {
    st = statSync4(path);
  } catch (err) {
    return { ok: false, ...fsErrorMessage(err) };
  }
  if (st.isDirectory()) return { ok: false, reason: "directory", message: "is a directory" };
  if (st.isSocket()) return { ok: false, reason: "unreadable", message: "is a socket; not read" };
  if (st.isFile()) {
    if (st.size > maxSize) return tooLarge(st.size, maxSize);
    const r = readRegular(path, maxSize);
    return "open" in r ? { ok: false, ...fsErrorMessage(r.open) } : r;
  }
  let handle;
  try {
    handle = await open(path, "r");
  } catch (err) {
    return { ok: false, ...fsErrorMessage(err) };
  }
  try {
    const chunks = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(CHUNK);
    for (; ; ) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxSize) return overLimit(maxSize);
      chunks.push(Buffer.from(chunk.subarray(0, bytesRead)));
    }
    return { ok: true, bytes: Buffer.concat(chunks) };
  } catch (err) {
    return { ok: false, ...fsErrorMessage(err) };
  } finally {
    await handle.close().catch(() => void 0);
  }
}
async function readDocument(path, opts = {}) {
  const r = await readBytes(path, opts);
  if (!r.ok) return r;
  return extractBytes(r.bytes, path, opts);
}
async function extractBytes(bytes, name, opts = {}) {
  if (bytes.length === 0) return { ok: false, reason: "empty", message: "empty note" };
  try {
    const { format, items } = await extract(bytes, { name, maxSize: opts.maxSize ?? DEFAULT_MAX_SIZE });
    return { ok: true, format, items };
  } catch (err) {
    if (err instanceof ExtractError) {
      if (err.message === "binary file, skipped") return { ok: false, reason: "binary", message: err.message };
      return { ok: false, reason: err.kind === "skip" ? "skip" : "format", message: err.message };
    }
    const msg = (err instanceof Error ? err.message : String(err)).split("\n")[0];
    return { ok: false, reason: "format", message: `cannot read file (${msg})` };
  }
}
async function readStdinBytes(stream, opts = {}) {
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  const chunks = [];
  let total = 0;
  try {
    for await (const c of stream) {
      const buf = typeof c === "string" ? Buffer.from(c, "utf8") : Buffer.from(c);
      total += buf.length;
      if (total <= maxSize) chunks.push(buf);
      else chunks.length = 0;
    }
  } catch (err) {
    return { ok: false, ...fsErrorMessage(err) };
  }
  if (total > maxSize) return { ok: false, reason: "too-large", message: sizeMessage("stdin", total, maxSize) };
  return { ok: true, bytes: Buffer.concat(chunks) };
}

// src/config.ts
import { existsSync as existsSync3, readFileSync as readFileSync7, statSync as statSync5 } from "node:fs";

// src/batch/pool.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { isAbsolute as isAbsolute3 } from "node:path";
import { fileURLToPath as fileURLToPath2, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

// src/baseline.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync6, writeFileSync } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative3, resolve as resolve3 } from "node:path";
var BASELINE_VERSION = 1;
var BaselineError = class extends Error {
  constructor(file, problem) {
    super(`${file}: ${problem}`);
    this.file = file;
    this.problem = problem;
    this.name = "BaselineError";
  }
  file;
  problem;
};
function normalizeSource(source, cwd = process.cwd()) {
  let s = source;
  if (s !== "-" && isAbsolute2(s)) {
    const rel = relative3(cwd, s);
    if (rel && !rel.startsWith("..") && !isAbsolute2(rel)) s = rel;
  }
  s = s.replace(/\\/g, "/");
  while (s.startsWith("./")) s = s.slice(2);
  return s;
}
function elementHash(parts) {
  const h = createHash2("sha256");
  for (const e of parts.evidence ?? []) h.update(e.text).update("\0");
  h.update("").update(parts.message);
  return h.digest("hex").slice(0, 16);
}
function findingHash(f) {
  return elementHash({ evidence: f.codes.map((c) => ({ text: c })), message: f.message });
}
function counts(status, failOn) {
  return status === "fail" || failOn === "warn" && status === "warn";
}
function failingEntries(result, opts = {}) {
  if (result.status === "error") return [];
  const failOn = opts.failOn ?? "fail";
  const source = normalizeSource(result.source, opts.cwd);
  const out = [];
  for (const el of result.elements) {
    if (counts(el.status, failOn)) out.push({ source, code: result.code, element: el.id, hash: elementHash(el) });
  }
  for (const f of result.claim?.findings ?? []) {
    if (counts(f.status, failOn)) out.push({ source, code: result.code, element: `claim:${f.id}`, hash: findingHash(f) });
  }
  return out;
}
var keyOf = (e) => JSON.stringify([e.source, e.code, e.element, e.hash]);
var byKey = (a, b) => {
  const ka = keyOf(a);
  const kb = keyOf(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};
var BaselineRecorder = class {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  entries = [];
  /** Add the results of one note (or any results). */
  add(results) {
    for (const r of Array.isArray(results) ? results : [results]) this.entries.push(...failingEntries(r, this.opts));
  }
  get size() {
    return this.entries.length;
  }
  /** The baseline, entries sorted so the file is stable across runs and diffs well. */
  toBaseline() {
    return { version: BASELINE_VERSION, tool: "oplint", entries: [...this.entries].sort(byKey) };
  }
};
function serializeBaseline(b) {
  const lines = b.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{
  "version": ${b.version},
  "tool": "oplint",
  "entries": [${lines.length ? `
${lines.join(",\n")}
  ` : ""}]
}
`;
}
var __schemas9 = lazy(() => {
  const z = zod();
  const baselineSchema2 = z.object({
    version: z.literal(BASELINE_VERSION, { error: `unsupported baseline version (this oplint reads version ${BASELINE_VERSION})` }),
    tool: z.literal("oplint").optional(),
    entries: z.array(
      z.object({
        source: z.string(),
        code: z.string().nullable(),
        element: z.string(),
        hash: z.string().regex(/^[0-9a-f]{8,64}$/)
      })
    )
  });
  return { baselineSchema: baselineSchema2 };
});
var baselineSchema = () => __schemas9().baselineSchema;
function parseBaseline(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(file, `invalid JSON: ${err.message.split("\n")[0]}`);
  }
  const res = baselineSchema().safeParse(data);
  if (!res.success) {
    const issue = res.error.issues[0];
    const where = issue.path.length ? ` at ${issue.path.join(".")}` : "";
    const problem = issue.path[0] === "version" ? issue.message : `not an oplint baseline${where}: ${issue.message}`;
    throw new BaselineError(file, problem);
  }
  return { version: BASELINE_VERSION, tool: "oplint", entries: res.data.entries };
}
function readBaseline(file, cwd = process.cwd()) {
  let text;
  try {
    text = readFileSync6(resolve3(cwd, file), "utf8");
  } catch (err) {
    const code = err.code;
    throw new BaselineError(file, code === "ENOENT" ? "baseline file not found (create it with --write-baseline)" : `cannot read baseline (${code})`);
  }
  return parseBaseline(text, file);
}
function writeBaseline(file, baseline, cwd = process.cwd()) {
  try {
    writeFileSync(resolve3(cwd, file), serializeBaseline(baseline));
  } catch (err) {
    throw new BaselineError(file, `cannot write baseline (${err.code ?? "error"})`);
  }
}
var BaselineFilter = class {
  constructor(baseline, opts = {}) {
    this.opts = opts;
    this.failOn = opts.failOn ?? "fail";
    for (const e of baseline.entries) {
      const k = keyOf(e);
      this.remaining.set(k, (this.remaining.get(k) ?? 0) + 1);
      const keys = this.bySource.get(e.source) ?? /* @__PURE__ */ new Set();
      keys.add(k);
      this.bySource.set(e.source, keys);
    }
  }
  opts;
  remaining = /* @__PURE__ */ new Map();
  bySource = /* @__PURE__ */ new Map();
  seenSources = /* @__PURE__ */ new Set();
  failOn;
  /** Gate failures not in the baseline, so far. */
  newFailures = 0;
  /** Gate failures that the baseline suppressed, so far. */
  baselined = 0;
  /** Return a copy of `result` with baselined items marked and the note status recomputed. */
  apply(result) {
    if (result.status === "error") return result;
    const source = normalizeSource(result.source, this.opts.cwd);
    this.seenSources.add(source);
    const take = (element, hash) => {
      const k = keyOf({ source, code: result.code, element, hash });
      const n = this.remaining.get(k) ?? 0;
      if (n > 0) {
        this.remaining.set(k, n - 1);
        this.baselined++;
        return true;
      }
      this.newFailures++;
      return false;
    };
    let changed = false;
    const elements = result.elements.map((el) => {
      if (!counts(el.status, this.failOn) || !take(el.id, elementHash(el))) return el;
      changed = true;
      return { ...el, baselined: true };
    });
    let claim = result.claim;
    if (claim) {
      const findings = claim.findings.map((f) => {
        if (!counts(f.status, this.failOn) || !take(`claim:${f.id}`, findingHash(f))) return f;
        changed = true;
        return { ...f, baselined: true };
      });
      claim = { ...claim, findings };
    }
    if (!changed) return result;
    const out = { ...result, elements, ...claim ? { claim } : {} };
    if (result.status === "fail") {
      const stillFails = elements.some((e) => e.status === "fail" && !e.baselined) || claim?.findings?.some((f) => f.status === "fail" && !f.baselined) === true;
      if (!stillFails) out.status = "pass";
    }
    return out;
  }
  /** Baseline entries for notes checked in this run that no longer fail (fixed since the baseline). */
  fixedCount() {
    let fixed = 0;
    for (const source of this.seenSources) {
      for (const k of this.bySource.get(source) ?? []) fixed += this.remaining.get(k) ?? 0;
    }
    return fixed;
  }
};
function failsGate(result, failOn = "fail") {
  if (result.status === "fail") return true;
  if (result.status !== "pass" || failOn !== "warn") return false;
  const els = result.elements;
  const findings = result.claim?.findings ?? [];
  return els.some((e) => e.status === "warn" && !e.baselined) || findings.some((f) => f.status === "warn" && !f.baselined);
}

// src/batch/render.ts
var RENDER_FORMATS = ["jsonl", "csv", "github"];
function isRenderFormat(name) {
  return RENDER_FORMATS.includes(name);
}
function countWarnings(r) {
  const counts2 = (x) => x.status === "warn" && x.baselined !== true;
  return r.elements.filter(counts2).length + (r.claim?.findings.filter(counts2).length ?? 0);
}
function digestOf(r, failOn) {
  const d = { source: r.source, status: r.status, gate: failsGate(r, failOn), warnings: countWarnings(r) };
  if (r.status === "error") d.error = r.error?.message ?? "could not be checked";
  return d;
}
function makeRenderer(formatter, spec) {
  return (results) => {
    const shown2 = spec.quiet ? results.filter((r) => r.status !== "pass") : results;
    return { text: shown2.length ? formatter.result(shown2) : "", digest: results.map((r) => digestOf(r, spec.failOn)) };
  };
}
var FACTORIES = {
  jsonl: async () => (await Promise.resolve().then(() => (init_jsonl(), jsonl_exports))).createJsonlFormatter,
  csv: async () => (await Promise.resolve().then(() => (init_csv(), csv_exports))).createCsvFormatter,
  github: async () => (await Promise.resolve().then(() => (init_github(), github_exports))).createGithubFormatter
};
async function loadRenderer(spec) {
  const factory = await FACTORIES[spec.format]();
  return makeRenderer(factory(spec.ctx), spec);
}

// src/batch/worker.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";
var FATAL_ERRORS = /* @__PURE__ */ new Set(["PackError"]);
function taskSource(task) {
  return "path" in task ? task.source ?? task.path : task.source;
}
function errorResult(source, message, format) {
  const r = { source, status: "error", code: null, suggestedCodes: [], devices: [], elements: [], error: { message } };
  if (format) r.format = format;
  return r;
}
function locate(ev, locators) {
  let hit;
  for (const l of locators) {
    if (l.line > ev.line) break;
    hit = l;
  }
  if (!hit) return ev;
  const out = { ...ev };
  if (hit.page !== void 0) out.page = hit.page;
  if (hit.segment !== void 0) out.segment = hit.segment;
  if (hit.section !== void 0) out.section = hit.section;
  return out;
}
function withLocators(results, locators) {
  if (!locators?.length) return results;
  const fix = (evs) => evs.map((e) => locate(e, locators));
  return results.map((r) => {
    const out = {
      ...r,
      devices: r.devices.map((d) => ({ ...d, evidence: fix(d.evidence) })),
      elements: r.elements.map((e) => ({
        ...e,
        evidence: fix(e.evidence),
        ...e.explain ? { explain: e.explain.map((x) => x.evidence ? { ...x, evidence: locate(x.evidence, locators) } : x) } : {}
      }))
    };
    for (const [k, v] of Object.entries(out)) {
      if (v && typeof v === "object" && !Array.isArray(v) && Array.isArray(v.evidence)) {
        out[k] = { ...v, evidence: fix(v.evidence) };
      }
    }
    return out;
  });
}
function checkOne(text, source, warnings, check7, checkOptions, format, locators) {
  let results;
  try {
    results = check7(text, { ...checkOptions, source });
  } catch (err) {
    if (isFatal(err)) throw err;
    const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return [errorResult(source, `internal error: ${msg}`, format)];
  }
  results = withLocators(results, locators);
  if (checkOptions.withText === true) results = results.map((r) => ({ ...r, text }));
  if (warnings.length || format) {
    results = results.map((r) => {
      const out = { ...r };
      if (warnings.length) out.warnings = [...r.warnings ?? [], ...warnings];
      if (format) out.format = format;
      return out;
    });
  }
  return results;
}
function documentResults(doc, source, check7, checkOptions, maxSize) {
  if (!doc.ok) return [errorResult(source, doc.message)];
  const many = doc.items.length > 1;
  const out = [];
  doc.items.forEach((item, i) => {
    const src = many ? `${source}#${i + 1}` : source;
    if ("error" in item) {
      out.push(errorResult(src, item.error, doc.format));
      return;
    }
    const bad = checkText(item.text, { maxSize });
    if (bad) {
      out.push(errorResult(src, bad.message, item.format));
      return;
    }
    out.push(...checkOne(item.text, src, item.warnings, check7, checkOptions, item.format, item.locators));
  });
  return out;
}
function isFatal(err) {
  return err instanceof Error && FATAL_ERRORS.has(err.name);
}
async function executeTask(task, check7, checkOptions, maxSize = DEFAULT_MAX_SIZE) {
  const source = taskSource(task);
  if ("error" in task) return [errorResult(source, task.error)];
  if ("path" in task) return documentResults(await readDocument(task.path, { maxSize, regular: task.regular === true }), source, check7, checkOptions, maxSize);
  if ("data" in task) return documentResults(await extractBytes(task.data, task.name ?? source, { maxSize }), source, check7, checkOptions, maxSize);
  const bad = checkText(task.text, { maxSize });
  if (bad) return [errorResult(source, bad.message)];
  return checkOne(task.text, source, task.warnings ?? [], check7, checkOptions, "text");
}
async function loadCheckFn(moduleUrl) {
  const mod = await import(moduleUrl);
  if (typeof mod.checkNoteAll !== "function") throw new Error(`${moduleUrl} does not export checkNoteAll`);
  return mod.checkNoteAll;
}
function serializeError(err) {
  return err instanceof Error ? { name: err.name, message: err.message } : { name: "Error", message: String(err) };
}
var WARM_UP_NOTE = "PROCEDURE: Irrigation and debridement of the left tibia.\nVancomycin 2 g was mixed with 40 g of cement on the back table and hand-rolled into beads, which were placed in the tibial canal.\nPLAN: Bead removal in 6 weeks.\n";
async function workerMain(data) {
  const port = parentPort;
  let check7;
  let render2;
  let init = "deferred" in data ? void 0 : data;
  try {
    check7 = await loadCheckFn(data.checkModule);
    if (init?.render) render2 = await loadRenderer(init.render);
  } catch (err) {
    port.postMessage({ fatal: serializeError(err) });
    return;
  }
  const answer = (ids, out) => {
    if (render2) port.postMessage({ ids, rendered: out.map(render2) });
    else port.postMessage({ ids, json: JSON.stringify(out) });
  };
  let chain = Promise.resolve();
  port.on("message", (msg) => {
    chain = chain.then(async () => {
      if ("init" in msg) {
        init = msg.init;
        try {
          if (init.render) render2 = await loadRenderer(init.render);
        } catch (err) {
          port.postMessage({ fatal: serializeError(err) });
        }
        return;
      }
      const { checkOptions, maxSize } = init;
      const out = [];
      for (let i = 0; i < msg.tasks.length; i++) {
        try {
          out.push(await executeTask(msg.tasks[i], check7, checkOptions, maxSize));
        } catch (err) {
          if (out.length) answer(msg.ids.slice(0, out.length), out);
          port.postMessage({ id: msg.ids[i], fatal: serializeError(err) });
          return;
        }
      }
      answer(msg.ids, out);
    });
  });
  port.postMessage({ ready: true });
  if (!init) {
    try {
      check7(WARM_UP_NOTE, { source: "-" });
    } catch {
    }
  }
}
if (!isMainThread && parentPort && workerData?.oplintWorker) {
  void workerMain(workerData);
}

// src/batch/pool.ts
var PER_WORKER = 24;
var BATCH = 8;
var TURN_MS = 20;
var ASSUMED_NOTE_MS = 0.25;
var PROBE_SPAN_MS = 100;
var PROBE_SPANS = 4;
var MAIN_MAX_BYTES = 256 * 1024;
var resultsMode = {
  local: (results) => results,
  remote: (msg) => "json" in msg ? JSON.parse(msg.json) : []
};
function renderMode(spec, fn) {
  return { render: spec, local: fn, remote: (msg) => "rendered" in msg ? msg.rendered : [] };
}
var turn = () => new Promise((resolve10) => setImmediate(resolve10));
async function inHand(t, maxSize) {
  if (!("path" in t)) return t;
  const source = t.source ?? t.path;
  const r = await readBytes(t.path, { maxSize, regular: t.regular === true });
  return r.ok ? { source, data: r.bytes, name: t.path } : { source, error: r.message };
}
function inputSize(t) {
  return "data" in t ? t.data.byteLength : "text" in t ? t.text.length : 0;
}
function defaultJobs() {
  return Math.max(1, availableParallelism() - 1);
}
function defaultCheckModule() {
  return new URL("../check.js", import.meta.url).href;
}
function defaultWorkerUrl() {
  try {
    const url = new URL("./worker.js", import.meta.url);
    return existsSync2(fileURLToPath2(url)) ? url : void 0;
  } catch {
    return void 0;
  }
}
function toModuleHref(m) {
  if (m instanceof URL) return m.href;
  return isAbsolute3(m) ? pathToFileURL(m).href : m;
}
function puller(tasks) {
  if (Symbol.asyncIterator in tasks) {
    const it2 = tasks[Symbol.asyncIterator]();
    return () => it2.next();
  }
  const it = tasks[Symbol.iterator]();
  return async () => it.next();
}
function rebuildError(e) {
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}
var Prestarted = class {
  constructor(checkModule, workerUrl, count) {
    this.checkModule = checkModule;
    const data = { oplintWorker: true, checkModule, deferred: true };
    this.early = Array.from({ length: count }, () => {
      const e = { worker: new Worker(workerUrl, { workerData: data }), ready: false };
      e.listeners = {
        message: (msg) => {
          if ("ready" in msg) e.ready = true;
          else if ("fatal" in msg) e.fatal ??= rebuildError(msg.fatal);
        },
        error: (err) => void (e.gone ??= err.message.split("\n")[0] ?? "error"),
        exit: (code) => void (e.gone ??= `exit code ${code}`)
      };
      e.worker.on("message", e.listeners.message).on("error", e.listeners.error).on("exit", e.listeners.exit);
      e.worker.unref();
      return e;
    });
  }
  checkModule;
  early;
  /** Workers neither taken over nor stopped yet. */
  get size() {
    return this.early.length;
  }
  /** The workers, handed over to a batch (at most `n`; the others are stopped). */
  take(n) {
    const taken = this.early.splice(0, n);
    void this.close();
    for (const e of taken) {
      e.worker.off("message", e.listeners.message).off("error", e.listeners.error).off("exit", e.listeners.exit);
      e.worker.ref();
    }
    return taken;
  }
  /** Stop the workers no batch took over. */
  async close() {
    const rest = this.early.splice(0);
    await Promise.all(rest.map((e) => e.worker.terminate()));
  }
};
function prestartWorkers(opts = {}) {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const workerUrl = jobs > 1 ? opts.workerUrl ?? defaultWorkerUrl() : void 0;
  if (!workerUrl) return void 0;
  return new Prestarted(toModuleHref(opts.checkModule ?? defaultCheckModule()), workerUrl, workerCount(jobs, opts.checkFn));
}
function workerCount(jobs, checkFn) {
  return checkFn ? Math.max(1, jobs - 1) : jobs;
}
async function* runBatch(tasks, opts = {}) {
  yield* runTasks(tasks, opts, async () => resultsMode);
}
async function* renderBatch(tasks, opts) {
  yield* runTasks(tasks, opts, async () => renderMode(opts.render, opts.renderFn ?? await loadRenderer(opts.render)));
}
async function* runTasks(tasks, opts, getMode) {
  try {
    yield* chooseAndRun(tasks, opts, getMode);
  } finally {
    await opts.prestarted?.close();
  }
}
async function* chooseAndRun(tasks, opts, getMode) {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  const checkOptions = opts.checkOptions ?? {};
  const checkModule = toModuleHref(opts.checkModule ?? defaultCheckModule());
  const next = puller(tasks);
  const threshold = opts.inProcessBelow ?? 8;
  const head = [];
  let exhausted = false;
  const workerUrl = jobs > 1 ? opts.workerUrl ?? defaultWorkerUrl() : void 0;
  if (workerUrl) {
    while (head.length < threshold) {
      const r = await next();
      if (r.done) {
        exhausted = true;
        break;
      }
      head.push(r.value);
    }
  }
  const total = Array.isArray(tasks) ? tasks.length : void 0;
  const worth = opts.workersWorthSeconds;
  const probe = worth !== void 0 && total !== void 0 && total * ASSUMED_NOTE_MS / 1e3 < worth;
  const prestarted = opts.prestarted?.checkModule === checkModule ? opts.prestarted : void 0;
  if (opts.prestarted && !prestarted) await opts.prestarted.close();
  const workerOptions = {
    jobs,
    maxSize,
    checkOptions,
    checkModule,
    window: opts.window,
    onMode: opts.onMode,
    checkFn: opts.checkFn,
    prestarted
  };
  if (!workerUrl || exhausted || probe) {
    opts.onMode?.(0);
    if (!workerUrl || exhausted) await prestarted?.close();
    if (exhausted && head.length === 0) return;
    const check7 = opts.checkFn ?? await loadCheckFn(checkModule);
    const mode = await getMode();
    let turned = performance.now();
    const one2 = async (t) => {
      if (performance.now() - turned > TURN_MS) {
        await turn();
        turned = performance.now();
      }
      return mode.local(await executeTask(t, check7, checkOptions, maxSize));
    };
    let done = 0;
    let spans = 0;
    let span = { at: 0, done: 0 };
    const switchNow = () => {
      if (!probe || !workerUrl || exhausted) return false;
      const now = performance.now();
      if (++done === 1) span = { at: now, done };
      else if (now - span.at >= PROBE_SPAN_MS) {
        const perNote = (now - span.at) / (done - span.done);
        span = { at: now, done };
        return ++spans >= PROBE_SPANS && (total - done) * perNote / 1e3 > worth;
      }
      return false;
    };
    while (head.length) {
      yield await one2(head.shift());
      if (switchNow()) return yield* runWorkers(head, next, mode, { ...workerOptions, workerUrl });
    }
    if (!exhausted) {
      for (let r = await next(); !r.done; r = await next()) {
        yield await one2(r.value);
        if (switchNow()) return yield* runWorkers([], next, mode, { ...workerOptions, workerUrl });
      }
    }
    return;
  }
  yield* runWorkers(head, next, await getMode(), { ...workerOptions, workerUrl });
}
async function* runWorkers(head, next, mode, o) {
  const window = o.window ?? Math.max(1024, o.jobs * 128);
  const init = { oplintWorker: true, checkModule: o.checkModule, checkOptions: o.checkOptions, maxSize: o.maxSize };
  if (mode.render) init.render = mode.render;
  const tasks = /* @__PURE__ */ new Map();
  const done = /* @__PURE__ */ new Map();
  const retry = [];
  const suspects = /* @__PURE__ */ new Set();
  const handoff = [];
  const slots = [];
  let seqNext = 0;
  let yieldNext = 0;
  let exhausted = false;
  let fatal;
  let wake;
  const notify = () => {
    const w = wake;
    wake = void 0;
    w?.();
  };
  const pending2 = [...head];
  const pull = async () => {
    if (pending2.length) return pending2.shift();
    if (exhausted) return void 0;
    const r = await next();
    if (r.done) {
      exhausted = true;
      return void 0;
    }
    return r.value;
  };
  const attach = (slot) => {
    const onDeath = (why) => {
      if (slots.indexOf(slot) === -1) return;
      slots.splice(slots.indexOf(slot), 1);
      if (!slot.ready) {
        fatal ??= new Error(`cannot start a worker thread: ${why}`);
      } else {
        if (slot.load.length === 1) {
          const blamed = slot.load[0];
          const t = tasks.get(blamed);
          tasks.delete(blamed);
          suspects.delete(blamed);
          done.set(blamed, mode.local([errorResult(taskSource(t), `internal error: worker stopped (${why})`)]));
        } else {
          retry.push(...slot.load);
          for (const q of slot.load) suspects.add(q);
        }
        retry.sort((a, b) => a - b);
        if (!fatal) slots.push(spawn2());
      }
      notify();
    };
    slot.worker.on("message", (msg) => {
      if ("ready" in msg) {
        slot.ready = true;
      } else if ("fatal" in msg) {
        fatal ??= rebuildError(msg.fatal);
      } else {
        const outs = mode.remote(msg);
        msg.ids.forEach((id, i) => {
          slot.load.splice(slot.load.indexOf(id), 1);
          tasks.delete(id);
          suspects.delete(id);
          done.set(id, outs[i]);
        });
      }
      notify();
    });
    slot.worker.on("error", (err) => onDeath(err.message.split("\n")[0] ?? "error"));
    slot.worker.on("exit", (code) => onDeath(`exit code ${code}`));
    return slot;
  };
  const spawn2 = () => attach({ worker: new Worker(o.workerUrl, { workerData: init }), ready: false, load: [] });
  const adopt = (e) => {
    if (e.fatal) fatal ??= e.fatal;
    if (e.gone) {
      if (!e.ready) fatal ??= new Error(`cannot start a worker thread: ${e.gone}`);
      else if (!fatal) slots.push(spawn2());
      return;
    }
    slots.push(attach({ worker: e.worker, ready: e.ready, load: [] }));
    e.worker.postMessage({ init });
  };
  const workers = workerCount(o.jobs, o.checkFn);
  for (const e of o.prestarted?.take(workers) ?? []) adopt(e);
  while (slots.length < workers && !fatal) slots.push(spawn2());
  o.onMode?.(workers);
  const dispatch = (seqs, slot) => {
    slot.load.push(...seqs);
    slot.worker.postMessage({ ids: seqs, tasks: seqs.map((q) => tasks.get(q)) });
  };
  const freeSlot = () => {
    let best;
    for (const s of slots) {
      if (!s.ready || s.load.length > PER_WORKER - BATCH || s.load.some((q) => suspects.has(q))) continue;
      if (!best || s.load.length < best.load.length) best = s;
    }
    return best;
  };
  const room = () => window - (seqNext - yieldNext);
  try {
    for (; ; ) {
      if (fatal) throw fatal;
      while (done.has(yieldNext)) {
        const ready = done.get(yieldNext);
        done.delete(yieldNext);
        yieldNext++;
        yield ready;
        if (fatal) throw fatal;
      }
      if (exhausted && pending2.length === 0 && yieldNext === seqNext) return;
      for (const idle of slots) {
        if (!retry.length) break;
        if (idle.ready && idle.load.length === 0) dispatch(retry.splice(0, 1), idle);
      }
      for (let slot = freeSlot(); slot && handoff.length; slot = freeSlot()) dispatch(handoff.splice(0, 1), slot);
      for (let slot = freeSlot(); slot && !exhausted; slot = freeSlot()) {
        if (room() < (slot.load.length ? BATCH : 1)) break;
        const batch = [];
        while (batch.length < BATCH && room() > 0) {
          const t = await pull();
          if (t === void 0) break;
          const seq = seqNext++;
          if ("error" in t) {
            done.set(seq, mode.local([errorResult(t.source, t.error)]));
          } else {
            tasks.set(seq, t);
            batch.push(seq);
          }
          if (fatal) throw fatal;
        }
        if (batch.length) dispatch(batch, slot);
        else break;
      }
      if (o.checkFn && !exhausted && room() > slots.length * PER_WORKER) {
        const pulled = await pull();
        if (pulled !== void 0) {
          const seq = seqNext++;
          const t = await inHand(pulled, o.maxSize);
          if (inputSize(t) > MAIN_MAX_BYTES) {
            tasks.set(seq, t);
            handoff.push(seq);
          } else {
            done.set(seq, mode.local(await executeTask(t, o.checkFn, o.checkOptions, o.maxSize)));
            await turn();
          }
          continue;
        }
      }
      if (done.has(yieldNext) || exhausted && pending2.length === 0 && yieldNext === seqNext) continue;
      await new Promise((resolve10) => {
        wake = resolve10;
      });
    }
  } finally {
    const all = slots.splice(0);
    await Promise.all(all.map((s) => s.worker.terminate()));
  }
}

// src/config.ts
import { basename, dirname as dirname4, extname as extname2, isAbsolute as isAbsolute4, join as join4, relative as relative4, resolve as resolve4 } from "node:path";
var CONFIG_FILES = [".oplintrc.json", ".oplintrc.yaml", ".oplintrc.yml"];
var CONFIG_ENV = "OPLINT_CONFIG";
var FORMATS = ["pretty", "json", "jsonl", "sarif", "junit", "csv", "markdown", "github", "html"];
var SEVERITIES = ["error", "warn", "off"];
var FAIL_ON = ["fail", "warn"];
var ConfigError = class extends Error {
  constructor(file, key2, problem) {
    super(`${file}: ${key2 ? `${key2}: ` : ""}${problem}`);
    this.file = file;
    this.key = key2;
    this.problem = problem;
    this.name = "ConfigError";
  }
  file;
  key;
  problem;
};
var OptionError = class extends Error {
  constructor(flag, problem) {
    super(`${flag}: ${problem}`);
    this.flag = flag;
    this.problem = problem;
    this.name = "OptionError";
  }
  flag;
  problem;
};
var oneOf = (values) => `must be one of ${values.map((v) => `"${v}"`).join(", ")}`;
var __schemas10 = lazy(() => {
  const z = zod();
  const sizeSchema = z.union([z.number(), z.string()]).transform((v, ctx) => {
    try {
      return parseSize(v);
    } catch (err) {
      ctx.addIssue({ code: "custom", message: err.message });
      return z.NEVER;
    }
  });
  const configSchema2 = z.strictObject({
    $schema: z.string().optional().meta({ description: "The JSON Schema this file follows (for editor completion): oplint-config.schema.json." }),
    code: z.string({ error: 'must be a string: a code 20700-20705 or "auto"' }).regex(/^(2070[0-5]|auto)$/, { error: 'must be a code 20700-20705 or "auto"' }).optional().meta({ description: `Code to check: "auto" (the codes the operation's device events support) or one of 20700-20705. Flag: --code.` }),
    format: z.enum(FORMATS, { error: oneOf(FORMATS) }).optional().meta({ description: "Report format. Flag: --format." }),
    extensions: z.array(z.string().regex(/^\.?[\w-]+$/, { error: 'must be a file extension such as ".txt"' }), { error: "must be a list of extensions" }).min(1, { error: "must list at least one extension" }).optional().meta({ description: "Extensions scanned in folders (default .txt, .text, .md). Flag: --ext." }),
    ignore: z.array(z.string({ error: "must be a glob string" }), { error: "must be a list of globs" }).optional().meta({ description: "gitignore-style globs of files not to check, relative to the working directory; added to --ignore." }),
    patterns: z.array(z.string({ error: "must be a folder path" }), { error: "must be a list of folders" }).optional().meta({ description: "Extra pattern folders searched before the shipped ones, relative to this file; added to --patterns." }),
    elements: z.record(
      z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'element ids are lower-case words joined by "-"' }),
      z.enum(SEVERITIES, { error: oneOf(SEVERITIES) }),
      { error: 'must map element ids to "error", "warn" or "off"' }
    ).optional().meta({ description: 'Severity per element id (e.g. "drug", "placement-site"): "error", "warn" or "off". Unknown ids are errors.' }),
    failOn: z.enum(FAIL_ON, { error: oneOf(FAIL_ON) }).optional().meta({ description: 'What fails the run: "fail" (default) or "warn". Flag: --fail-on.' }),
    maxSize: sizeSchema.optional().meta({ description: 'Largest note accepted, in bytes or with a unit ("5MB"). Flag: --max-size.' }),
    jobs: z.number({ error: "must be a whole number of at least 1" }).int({ error: "must be a whole number of at least 1" }).min(1, { error: "must be a whole number of at least 1" }).optional().meta({ description: "Checking threads (default: one per core but one, at least 1). Flag: --jobs." })
  });
  return { sizeSchema, configSchema: configSchema2 };
});
var configSchema = () => __schemas10().configSchema;
function shown(file, cwd) {
  const rel = relative4(cwd, file);
  return rel && !rel.startsWith("..") && !isAbsolute4(rel) ? rel : file;
}
function keyPath(path) {
  return path.map((p) => typeof p === "number" ? `[${p}]` : `.${String(p)}`).join("").replace(/^\./, "");
}
function validateConfig(data, file, cwd = process.cwd(), prefix = "") {
  const name = shown(file, cwd);
  if (data === null || data === void 0) return {};
  const res = configSchema().safeParse(data);
  if (!res.success) {
    const issue = res.error.issues[0];
    const base = [prefix, keyPath(issue.path)].filter(Boolean).join(".");
    if (issue.code === "unrecognized_keys") {
      const keys = issue.keys.map((k) => base ? `${base}.${k}` : k);
      throw new ConfigError(name, "", `unknown key${keys.length > 1 ? "s" : ""} ${keys.map((k) => `"${k}"`).join(", ")}`);
    }
    if (issue.path.length === 0) {
      throw new ConfigError(name, prefix, prefix ? "must be an object of settings" : "the config must be an object of settings");
    }
    throw new ConfigError(name, base || prefix, issue.message);
  }
  const { $schema: _schema, ...c } = res.data;
  const out = { ...c };
  if (c.extensions) out.extensions = normalizeExtensions(c.extensions);
  if (c.patterns) out.patterns = c.patterns.map((p) => resolve4(dirname4(file), p));
  return out;
}
function readConfigFile(file, cwd) {
  const name = shown(file, cwd);
  let text;
  try {
    text = readFileSync7(file, "utf8").replace(/^\ufeff/, "");
  } catch (err) {
    const code = err.code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory" : `cannot read (${code})`;
    throw new ConfigError(name, "", `cannot read config file: ${why}`);
  }
  if (basename(file) === "package.json") {
    let pkg;
    try {
      pkg = JSON.parse(text);
    } catch (err) {
      throw new ConfigError(name, "", `invalid JSON: ${err.message.split("\n")[0]}`);
    }
    const section = pkg?.oplint;
    return validateConfig(section ?? {}, file, cwd, "oplint");
  }
  let data;
  const ext = extname2(file).toLowerCase();
  if (ext === ".json") {
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new ConfigError(name, "", `invalid JSON: ${err.message.split("\n")[0]}`);
    }
  } else {
    try {
      data = yaml().parse(text);
    } catch (err) {
      throw new ConfigError(name, "", `invalid YAML: ${err.message.split("\n")[0]}`);
    }
  }
  return validateConfig(data, file, cwd);
}
function packageHasOplint(file) {
  try {
    const pkg = JSON.parse(readFileSync7(file, "utf8").replace(/^\ufeff/, ""));
    return typeof pkg === "object" && pkg !== null && "oplint" in pkg;
  } catch {
    return false;
  }
}
function findConfigFile(cwd) {
  let dir = resolve4(cwd);
  for (; ; ) {
    for (const name of CONFIG_FILES) {
      const f = join4(dir, name);
      if (existsSync3(f)) return f;
    }
    const pkg = join4(dir, "package.json");
    if (existsSync3(pkg) && packageHasOplint(pkg)) return pkg;
    const up = dirname4(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function loadConfig(opts) {
  const cwd = resolve4(opts.cwd);
  const env2 = opts.env ?? process.env;
  const chosen = opts.explicit ?? (env2[CONFIG_ENV] ? env2[CONFIG_ENV] : void 0);
  const file = chosen !== void 0 ? resolve4(cwd, chosen) : findConfigFile(cwd);
  if (!file) return null;
  return { config: readConfigFile(file, cwd), file };
}
function defaultOptions() {
  return {
    code: "auto",
    format: "pretty",
    extensions: [...DEFAULT_EXTENSIONS],
    ignore: [],
    patterns: [],
    elements: {},
    failOn: "fail",
    maxSize: DEFAULT_MAX_SIZE,
    jobs: defaultJobs()
  };
}
var list2 = (v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
var each = (v) => (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean);
function editDistance2(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
function didYouMean(word, known) {
  let best;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance2(word.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  if (best === void 0) return void 0;
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  return bestD <= limit || best.startsWith(word) || word.startsWith(best) ? best : void 0;
}
function prefixOf(file) {
  return basename(file) === "package.json" ? "oplint." : "";
}
function checkElementIds(loaded, known, cwd = process.cwd()) {
  const elements = loaded?.config.elements;
  if (!loaded || !elements) return;
  const ids = [...new Set(known)].sort();
  for (const key2 of Object.keys(elements)) {
    if (ids.includes(key2)) continue;
    const near = didYouMean(key2, ids);
    const hint = near ? `; did you mean "${near}"?` : `; known elements: ${ids.join(", ")}`;
    throw new ConfigError(shown(loaded.file, cwd), `${prefixOf(loaded.file)}elements.${key2}`, `unknown element "${key2}"${hint}`);
  }
}
function checkConfigPatternDirs(loaded, cwd = process.cwd()) {
  const dirs = loaded?.config.patterns ?? [];
  dirs.forEach((p, i) => {
    if (!isDir(p)) throw new ConfigError(shown(loaded.file, cwd), `${prefixOf(loaded.file)}patterns[${i}]`, `${p} is not a folder`);
  });
  return dirs;
}
function isDir(p) {
  try {
    return statSync5(p).isDirectory();
  } catch {
    return false;
  }
}
function checkPatternDirs(dirs, fromConfig = []) {
  for (const p of dirs) {
    if (fromConfig.includes(p)) continue;
    if (!isDir(p)) throw new OptionError("--patterns", `${p} is not a folder`);
  }
}
function mergeOptions(config, cli, given, cwd = process.cwd()) {
  const out = defaultOptions();
  const c = config ?? {};
  if (c.code !== void 0) out.code = c.code;
  if (c.format !== void 0) out.format = c.format;
  if (c.extensions !== void 0) out.extensions = [...c.extensions];
  if (c.ignore !== void 0) out.ignore = [...c.ignore];
  if (c.patterns !== void 0) out.patterns = [...c.patterns];
  if (c.elements !== void 0) out.elements = { ...c.elements };
  if (c.failOn !== void 0) out.failOn = c.failOn;
  if (c.maxSize !== void 0) out.maxSize = c.maxSize;
  if (c.jobs !== void 0) out.jobs = c.jobs;
  const has = (k) => cli[k] !== void 0 && (given ? given.has(k) : true);
  if (has("code")) {
    const v = String(cli.code).toLowerCase();
    if (!/^(2070[0-5]|auto)$/.test(v)) throw new OptionError("--code", `"${cli.code}" is not a code 20700-20705 or "auto"`);
    out.code = v;
  }
  if (has("format")) {
    const v = String(cli.format);
    if (!FORMATS.includes(v)) throw new OptionError("--format", `"${v}" ${oneOf(FORMATS)}`);
    out.format = v;
  }
  const ext = has("ext") ? cli.ext : has("extensions") ? cli.extensions : void 0;
  if (ext !== void 0) {
    const exts = normalizeExtensions(list2(ext));
    if (exts.length === 0) throw new OptionError("--ext", "needs at least one extension");
    out.extensions = exts;
  }
  if (has("ignore")) out.ignore.push(...each(cli.ignore));
  if (has("patterns")) out.patterns.push(...each(cli.patterns).map((p) => resolve4(cwd, p)));
  if (has("failOn")) {
    const v = String(cli.failOn);
    if (!FAIL_ON.includes(v)) throw new OptionError("--fail-on", `"${v}" ${oneOf(FAIL_ON)}`);
    out.failOn = v;
  }
  if (has("maxSize")) {
    try {
      out.maxSize = parseSize(cli.maxSize);
    } catch (err) {
      throw new OptionError("--max-size", err.message);
    }
  }
  if (has("jobs")) {
    const n = typeof cli.jobs === "number" ? cli.jobs : /^\s*\d+\s*$/.test(String(cli.jobs)) ? Number(cli.jobs) : NaN;
    if (!Number.isInteger(n) || n < 1) throw new OptionError("--jobs", `"${cli.jobs}" must be a whole number of at least 1`);
    out.jobs = n;
  }
  return out;
}

// src/batch/progress.ts
var import_cli_progress = __toESM(require_cli_progress(), 1);
var PROGRESS_MIN_NOTES = 20;
function shouldShowProgress({ isTTY, env: env2, flag, count }) {
  if (flag === false) return false;
  if (!isTTY) return false;
  const ci = env2.CI;
  if (ci !== void 0 && ci !== "" && ci !== "false" && ci !== "0") return false;
  if (env2.TERM === "dumb") return false;
  if (count !== void 0 && count <= PROGRESS_MIN_NOTES) return false;
  return true;
}
var NOOP = {
  tick() {
  },
  setTotal() {
  },
  interrupt(write2) {
    write2();
  },
  stop() {
  }
};
function formatDuration(seconds) {
  if (!Number.isFinite(seconds)) return "--";
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
function progressLine(done, total, elapsedMs, barWidth = 24) {
  const rate = elapsedMs > 0 ? done * 1e3 / elapsedMs : 0;
  const rateText = `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)} notes/s`;
  if (!total || total <= 0) return `oplint ${done} notes | ${rateText}`;
  const frac = Math.min(1, done / total);
  const filled = Math.round(frac * barWidth);
  const bar = "\u2588".repeat(filled) + "\u2591".repeat(barWidth - filled);
  const eta = rate > 0 ? formatDuration((total - done) / rate) : "--";
  return `oplint ${bar} ${done}/${total} notes | ${Math.floor(frac * 100)}% | ${rateText} | ETA ${eta}`;
}
function createProgress(opts) {
  if (!opts.enabled) return NOOP;
  const now = opts.now ?? Date.now;
  const started = now();
  let total = opts.total;
  let done = 0;
  let bar;
  let stopped = false;
  const wanted = () => !stopped && (done > PROGRESS_MIN_NOTES || (total ?? 0) > PROGRESS_MIN_NOTES);
  const ensure = () => {
    if (bar || !wanted()) return;
    bar = new import_cli_progress.default.SingleBar({
      stream: opts.stream ?? process.stderr,
      format: (_o, params) => progressLine(params.value, total, now() - started),
      hideCursor: true,
      clearOnComplete: true,
      linewrap: false,
      // Redraw on every tick even when the text is unchanged (interrupt() clears the line under it).
      forceRedraw: true,
      fps: 10
    });
    bar.start(Math.max(total ?? 0, done, 1), done);
  };
  return {
    tick(n = 1) {
      if (stopped) return;
      done += n;
      ensure();
      if (bar) {
        if (total !== void 0 && done > total) total = done;
        bar.update(done);
      }
    },
    setTotal(n) {
      if (stopped) return;
      total = n;
      ensure();
      if (bar) {
        bar.setTotal(Math.max(n, 1));
        bar.update(done);
      }
    },
    interrupt(write2) {
      if (!bar) {
        write2();
        return;
      }
      const stream = opts.stream ?? process.stderr;
      stream.write("\r\x1B[2K");
      write2();
      bar.render();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar?.stop();
      bar = void 0;
    }
  };
}

// src/format/index.ts
init_csv();
init_github();

// src/format/html.ts
import { readFileSync as readFileSync8 } from "node:fs";
import { dirname as dirname5, resolve as resolve5 } from "node:path";

// src/format/html/assets.ts
import { createHash as createHash3 } from "node:crypto";

// src/format/html/escape.ts
var ENTITIES2 = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function esc5(s) {
  return s.replace(/[&<>"']/g, (c) => ENTITIES2[c]);
}
function escNote(s) {
  return s.replace(/[&<>"'\r\0]/g, (c) => c === "\r" ? "&#13;" : c === "\0" ? "\uFFFD" : ENTITIES2[c]);
}
function idPart(s) {
  return s.replace(/[^A-Za-z0-9_-]/g, "_");
}

// src/format/html/assets.ts
var CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--card:#f6f8fa;--accent:#0550ae;
--pass:#1a7f37;--warn:#9a6700;--fail:#cf222e;--error:#8250df;--na:#57606a;--other:#0550ae;--mark:#fff3b0;--mark2:#ffd966;--focus:#0969da}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;--card:#161b22;--accent:#79c0ff;
--pass:#3fb950;--warn:#d29922;--fail:#ff7b72;--error:#d2a8ff;--na:#9da7b3;--other:#79c0ff;--mark:#4d3f00;--mark2:#7a6400;--focus:#58a6ff}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0}.skip:focus{left:8px;background:var(--bg);padding:4px 8px;z-index:2}
header.top,main,footer.bottom{max-width:1400px;margin:0 auto;padding:0 16px}
header.top{padding-top:12px;border-bottom:1px solid var(--line)}
header.top h1{font-size:1.5rem;margin:.2em 0}
footer.bottom{color:var(--muted);font-size:.85rem;padding:24px 16px}
h2{font-size:1.25rem;margin:1.2em 0 .5em}h3{font-size:1rem;margin:0;display:inline}h4{font-size:1rem;margin:.8em 0 .4em}h5{font-size:.95rem;margin:.8em 0 .3em}
.muted{color:var(--muted)}
.k{font-weight:600;margin-right:.4em}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.st{display:inline-block;white-space:nowrap;font-weight:600;font-size:.85rem;padding:0 .45em;border-radius:1em;border:1px solid currentColor}
.st .ic{font-weight:700}
.t-pass{color:var(--pass)}.t-warn{color:var(--warn)}.t-fail{color:var(--fail)}.t-error{color:var(--error)}.t-na{color:var(--na)}.t-other,.t-neutral{color:var(--other)}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin:0}
.card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:6px 14px;min-width:96px}
.card dt{font-size:.8rem;color:var(--muted)}.card dd{margin:0;font-size:1.4rem;font-weight:600}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px;margin:12px 0;align-items:start}
figure{margin:0;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:8px}
figcaption{font-weight:600;margin-bottom:4px}
svg.chart{width:100%;height:auto;display:block}
svg.chart text{fill:var(--fg);font-size:13px}
svg.chart rect.t-pass{fill:var(--pass)}svg.chart rect.t-fail{fill:var(--fail)}svg.chart rect.t-warn{fill:var(--warn)}svg.chart rect.t-error{fill:var(--error)}svg.chart rect.t-other,svg.chart rect.t-neutral,svg.chart rect.t-na{fill:var(--other)}
.table-wrap{overflow-x:auto;margin:12px 0}
table{border-collapse:collapse;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border-bottom:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top}
td{font-variant-numeric:tabular-nums}
article.note{border:1px solid var(--line);border-radius:6px;margin:8px 0}
.notes.many article.note{content-visibility:auto;contain-intrinsic-size:auto 4.2rem}
article.note[data-status=fail]{border-left:4px solid var(--fail)}article.note[data-status=pass]{border-left:4px solid var(--pass)}article.note[data-status=error]{border-left:4px solid var(--error)}
details.note-body>summary{cursor:pointer;padding:8px 12px;list-style-position:outside;margin-left:14px}
details.note-body>summary .src{overflow-wrap:anywhere}
details.note-body>summary .line{display:block;color:var(--muted);font-size:.9rem}
.meta{padding:0 12px}.meta p{margin:.3em 0}
.warnings{color:var(--warn)}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.1fr);gap:16px;padding:0 12px 12px}
@media (max-width:900px){.cols{grid-template-columns:minmax(0,1fr)}}
ul.checklist{list-style:none;padding:0;margin:0}
li.row{border-top:1px solid var(--line);padding:6px 4px}
li.row:focus{outline:3px solid var(--focus)}
li.row .msg{margin:.2em 0}
.evs{margin:.2em 0;padding-left:1.2em;font-size:.9rem}
.where{color:var(--muted);font-size:.85em;white-space:nowrap}
.risks ul{margin:.2em 0;padding-left:1.2em}.risks,.fix{font-size:.9rem}
.tag{font-size:.75rem;border:1px solid var(--line);border-radius:4px;padding:0 4px}
pre.text{white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.55 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:10px;margin:0;max-height:80vh;overflow:auto}
mark{background:var(--mark);color:inherit;border-bottom:2px solid var(--warn);border-radius:2px}
mark mark{background:var(--mark2)}
mark:focus,mark.active{outline:3px solid var(--focus);background:var(--mark2)}
a.back{text-decoration:none;font-size:.75em;vertical-align:super;user-select:none;color:var(--muted)}
a.back::after{content:"\u2191"}
pre.qtext{white-space:pre;overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:8px;font-size:.85rem}
button,select,textarea,input{font:inherit;color:inherit}
button{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:4px 12px;cursor:pointer}
button.primary{background:var(--accent);color:var(--bg);border-color:var(--accent);font-weight:600;padding:6px 20px}
form.paste{display:grid;gap:10px;margin:12px 0}
form.paste textarea{width:100%;min-height:16rem;background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:8px;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace}
form.paste .opts{display:flex;flex-wrap:wrap;gap:12px;align-items:end}
form.paste label{display:grid;gap:2px;font-weight:600;font-size:.9rem}
form.paste select,form.paste input{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:4px 6px}
.alert{color:var(--fail);font-weight:600}
@media (max-width:480px){body{font-size:14px}.cards .card{min-width:0;flex:1 1 40%}th,td{padding:3px 6px}}
@media print{:root{--bg:#fff;--fg:#000;--muted:#333;--card:#fff;--mark:#fff;--mark2:#fff}
body{font-size:11pt}.skip,button,a.back,form.paste{display:none!important}
article.note,.notes.many article.note{content-visibility:visible;break-inside:auto;border:1px solid #999}
li.row,figure,tr{break-inside:avoid}
mark{background:none;border-bottom:2px solid #000;font-weight:700}
pre.text{max-height:none;overflow:visible}
details::details-content{content-visibility:visible;display:block}
a{color:inherit;text-decoration:none}}
`;
var JS = `
(function(){
'use strict';
function openTo(el){for(var d=el.closest('details');d;d=d.parentElement?d.parentElement.closest('details'):null){d.open=true;}}
function go(t){openTo(t);if(!t.hasAttribute('tabindex'))t.setAttribute('tabindex','-1');t.scrollIntoView({block:'center'});t.focus({preventScroll:true});}
function activate(row){document.querySelectorAll('mark.active').forEach(function(m){m.classList.remove('active');});
if(row&&row.id)document.querySelectorAll('mark[data-row="'+row.id+'"]').forEach(function(m){m.classList.add('active');});}
document.addEventListener('click',function(e){
var t=e.target;if(!(t instanceof Element))return;
var c=t.closest('button.copy');
if(c){var src=document.getElementById(c.getAttribute('data-copy'));if(!src)return;var done=function(){c.textContent='Copied';setTimeout(function(){c.textContent='Copy query';},2000);};
var sel=function(){var r=document.createRange();r.selectNodeContents(src);var s=getSelection();s.removeAllRanges();s.addRange(r);c.textContent='Selected: press Ctrl+C';};
if(navigator.clipboard&&navigator.clipboard.writeText){navigator.clipboard.writeText(src.textContent).then(done,sel);}else sel();return;}
var a=t.closest('a[href^="#"]');
if(a){var id=decodeURIComponent(a.getAttribute('href').slice(1));var el=id&&document.getElementById(id);if(el){e.preventDefault();go(el);if(el.matches('li.row'))activate(el);else if(el.matches('mark')){var row=document.getElementById(el.getAttribute('data-row'));activate(row);}history.replaceState(null,'','#'+id);}return;}
var m=t.closest('mark[data-row]');
if(m){var r=document.getElementById(m.getAttribute('data-row'));if(r){go(r);activate(r);}}
});
document.addEventListener('keydown',function(e){var t=e.target;if(e.key==='Enter'&&t instanceof Element&&t.matches('mark[data-row]')){var r=document.getElementById(t.getAttribute('data-row'));if(r){e.preventDefault();go(r);activate(r);}}});
function fromHash(){var id=location.hash.slice(1);var t=id&&document.getElementById(decodeURIComponent(id));if(t)openTo(t);}
window.addEventListener('hashchange',fromHash);fromHash();
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});
function reveal(root){root.querySelectorAll('button.copy[hidden]').forEach(function(b){b.hidden=false;});}
reveal(document);
var form=document.getElementById('check-form');
if(form&&window.fetch){var out=document.getElementById('result');var status=document.getElementById('status');
form.addEventListener('submit',function(e){e.preventDefault();var btn=form.querySelector('button[type=submit]');btn.disabled=true;status.textContent='Checking\u2026';
fetch(form.getAttribute('action')+'?fragment=1',{method:'POST',body:new URLSearchParams(new FormData(form)),credentials:'same-origin'})
.then(function(r){return r.text().then(function(body){return{ok:r.ok,body:body};});})
.then(function(r){if(!r.ok){status.textContent=r.body.replace(/<[^>]*>/g,'').trim()||'The check failed.';return;}
out.innerHTML=r.body;reveal(out);status.textContent='Checked.';var h=out.querySelector('h2,h3');if(h){h.setAttribute('tabindex','-1');h.focus();}})
.catch(function(){status.textContent='The server did not answer (is oplint serve still running?).';})
.then(function(){btn.disabled=false;});});}
})();
`;
function sha256(s) {
  return `'sha256-${createHash3("sha256").update(s, "utf8").digest("base64")}'`;
}
function csp(opts = {}) {
  return [
    "default-src 'none'",
    `style-src ${sha256(CSS)}`,
    `script-src ${sha256(JS)}`,
    "img-src data:",
    opts.connectSelf ? "connect-src 'self'" : "",
    "base-uri 'none'",
    opts.formSelf ? "form-action 'self'" : "form-action 'none'"
  ].filter(Boolean).join("; ");
}
function page(o) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">` + (o.cspMeta ? `<meta http-equiv="Content-Security-Policy" content="${esc5(o.cspMeta)}">` : "") + `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="${o.referrer ?? "no-referrer"}"><meta name="color-scheme" content="light dark"><title>${esc5(o.title)}</title><style>${CSS}</style></head>
<body><a class="skip" href="#main">Skip to content</a>${o.body}<script>${JS}</script></body></html>
`;
}

// src/format/html/render.ts
init_types2();

// src/format/html/charts.ts
var WIDTH3 = 640;
var LABEL_W = 250;
var VALUE_W = 56;
var ROW_H = 26;
var BAR_H = 18;
function clip(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
}
function barChart(id, title, bars, desc) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * ROW_H + 4;
  const span = WIDTH3 - LABEL_W - VALUE_W;
  const rows = bars.map((b, i) => {
    const y = i * ROW_H + 2;
    const w = b.value > 0 ? Math.max(2, Math.round(b.value / max * span)) : 0;
    const tip = b.title ?? `${b.label}: ${b.value}`;
    return `<g class="bar" data-label="${esc5(b.label)}" data-value="${b.value}"><title>${esc5(tip)}</title><text class="lbl" x="${LABEL_W - 8}" y="${y + BAR_H - 4}" text-anchor="end">${esc5(clip(b.label, 34))}</text><rect class="t-${esc5(b.tone)}" x="${LABEL_W}" y="${y}" width="${w}" height="${BAR_H}" rx="2"></rect><text class="val" x="${LABEL_W + w + 6}" y="${y + BAR_H - 4}">${b.value}</text></g>`;
  }).join("");
  const empty = bars.length ? "" : `<text class="lbl" x="8" y="18">none</text>`;
  return `<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-t${desc ? ` ${id}-d` : ""}" viewBox="0 0 ${WIDTH3} ${height}" preserveAspectRatio="xMinYMin meet"><title id="${id}-t">${esc5(title)}</title>${desc ? `<desc id="${id}-d">${esc5(desc)}</desc>` : ""}${rows}${empty}</svg>`;
}

// src/format/html/highlight.ts
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function locate2(text, starts, ev) {
  const ls = starts[ev.line - 1];
  if (ls === void 0 || ev.column < 1 || !ev.text) return void 0;
  const at = ls + ev.column - 1;
  return text.startsWith(ev.text, at) ? at : void 0;
}
function highlight(text, spans) {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end || a.ev - b.ev);
  if (!sorted.length) return escNote(text);
  const points = /* @__PURE__ */ new Set([0, text.length]);
  for (const s of sorted) {
    points.add(s.start);
    points.add(s.end);
  }
  const bounds = [...points].sort((a, b) => a - b);
  const started = /* @__PURE__ */ new Set();
  const open2 = [];
  let out = "";
  let next = 0;
  const openTag = (s) => {
    const first = !started.has(s.ev);
    started.add(s.ev);
    const label = esc5(s.label);
    return first ? `<mark id="${s.id}" tabindex="-1" data-element="${esc5(s.element)}" data-ev="${s.ev}" data-row="${s.row}" title="${label}">` : `<mark data-element="${esc5(s.element)}" data-ev="${s.ev}" data-row="${s.row}" data-part="" title="${label}">`;
  };
  const back = (s) => `<a class="back" href="#${s.row}" aria-label="Back to the checklist row: ${esc5(s.label)}"></a>`;
  for (let b = 0; b < bounds.length; b++) {
    const pos = bounds[b];
    if (open2.some((s) => s.end === pos)) {
      const reopen = [];
      const backs = [];
      while (open2.length) {
        const top = open2.pop();
        out += "</mark>";
        if (top.end === pos) backs.push(top);
        else reopen.unshift(top);
        if (!open2.some((s) => s.end === pos)) break;
      }
      for (const s of backs) out += back(s);
      for (const s of reopen) {
        out += openTag(s);
        open2.push(s);
      }
    }
    while (next < sorted.length && sorted[next].start === pos) {
      const s = sorted[next++];
      out += openTag(s);
      open2.push(s);
    }
    const to = bounds[b + 1];
    if (to !== void 0) out += escNote(text.slice(pos, to));
  }
  out += "</mark>".repeat(open2.length);
  return out;
}

// src/format/html/render.ts
var KNOWN = {
  pass: { icon: "\u2713", text: "Pass", tone: "pass" },
  warn: { icon: "!", text: "Warning", tone: "warn" },
  fail: { icon: "\u2717", text: "Fail", tone: "fail" },
  "n/a": { icon: "\u2013", text: "Not applicable", tone: "na" },
  error: { icon: "\u2298", text: "Error", tone: "error" }
};
function statusInfo(status) {
  const k = KNOWN[status];
  if (k) return k;
  const words = String(status).replace(/[-_]+/g, " ").trim() || "unknown";
  return { icon: "\u2022", text: words[0].toUpperCase() + words.slice(1), tone: "other" };
}
function badge(status) {
  const s = statusInfo(status);
  return `<span class="st t-${s.tone}"><span class="ic" aria-hidden="true">${s.icon}</span> ${esc5(s.text)}</span>`;
}
function noteStatus(results) {
  const st = results.map((r) => String(r.status));
  if (!st.length) return "error";
  if (st.includes("error")) return "error";
  if (st.includes("fail")) return "fail";
  return st.find((s) => s !== "pass") ?? "pass";
}
function displaySource(source) {
  return source === "-" || source === "<stdin>" ? "stdin" : source;
}
function quote(ev, max = 90) {
  const t = ev.text.replace(/\s+/g, " ");
  return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}
function rowId(n, c, el) {
  return `n${n}-c${c}-${idPart(el)}`;
}
function renderNote(input) {
  const { index: n, results } = input;
  const first = results[0];
  const source = first?.source ?? "";
  const status = noteStatus(results);
  const text = input.text;
  const markOf = /* @__PURE__ */ new Map();
  const evMark = /* @__PURE__ */ new Map();
  const spans = [];
  let unplaced = 0;
  if (text !== void 0) {
    const starts = lineStarts(text);
    results.forEach((r, c) => {
      const nd = noDeviceOf(r);
      for (const el of nd ? [{ id: "no-device", label: "No device", evidence: nd.evidence }, ...r.elements] : r.elements) {
        for (const ev of el.evidence) {
          const at = locate2(text, starts, ev);
          if (at === void 0) {
            unplaced++;
            evMark.set(ev, void 0);
            continue;
          }
          const key2 = `${at}:${at + ev.text.length}:${el.id}`;
          let id = markOf.get(key2);
          if (!id) {
            id = `n${n}-m${spans.length + 1}`;
            markOf.set(key2, id);
            spans.push({ start: at, end: at + ev.text.length, element: el.id, label: el.label || el.id, id, row: rowId(n, c, el.id), ev: spans.length + 1 });
          }
          evMark.set(ev, id);
        }
      }
    });
  }
  const gaps = [];
  const sections = results.map((r, c) => {
    if (String(r.status) === "error") {
      return `<section class="result" data-status="error"><h4>${badge("error")} Could not be checked</h4><p class="error-msg">${esc5(r.error?.message ?? "could not be checked")}</p></section>`;
    }
    const nd = noDeviceOf(r);
    if (nd) {
      const id = rowId(n, c, "no-device");
      return `<section class="result" data-status="${esc5(String(r.status))}" aria-labelledby="n${n}-c${c}-h"><h4 id="n${n}-c${c}-h">No drug-delivery device ${badge(String(r.status))}</h4><div class="row nodevice" id="${id}" tabindex="-1" data-element="no-device"><p class="msg">${esc5(nd.message)}</p>${evidenceList(nd.evidence, evMark)}</div>` + (r.elements.length ? `<ul class="checklist">${r.elements.map((el) => renderRow(el, n, c, effectiveCode(r), evMark, !!input.explain)).join("")}</ul>` : "") + renderClaim(r) + `</section>`;
    }
    const code = effectiveCode(r);
    for (const el of r.elements) {
      if (el.status === "fail" || el.status === "warn") gaps.push({ code, element: el.id, label: el.label || el.id, status: el.status });
    }
    const heading2 = r.code ? `CPT ${esc5(r.code)}` : `No drug-delivery device insertion found <span class="muted">(judged against ${esc5(code)})</span>`;
    const rows = r.elements.map((el) => renderRow(el, n, c, code, evMark, !!input.explain)).join("");
    const counts2 = countStatuses(r.elements);
    return `<section class="result" data-code="${esc5(code)}" data-status="${esc5(String(r.status))}" aria-labelledby="n${n}-c${c}-h"><h4 id="n${n}-c${c}-h">${heading2} ${badge(String(r.status))} <span class="counts">${counts2}</span></h4>` + (rows ? `<ul class="checklist">${rows}</ul>` : `<p class="muted">No elements to check.</p>`) + renderQuery(r, n, c) + renderClaim(r) + `</section>`;
  });
  const codesLine = first ? renderCodes2(first) : "";
  const warnings = [...new Set(results.flatMap((r) => r.warnings ?? []))];
  const gapLine = gaps.length ? `${gaps.length} gap${gaps.length === 1 ? "" : "s"}: ${esc5([...new Set(gaps.map((g) => g.label))].join(", "))}` : status === "error" ? esc5(first?.error?.message ?? "could not be checked") : status === "pass" || status === "fail" ? "no gaps" : esc5(statusInfo(status).text);
  const codeList = results.filter((r) => r.code).map((r) => r.code);
  let textBlock;
  if (text !== void 0) {
    textBlock = `<section class="note-text" aria-labelledby="n${n}-t"><h4 id="n${n}-t">Note text</h4>` + (unplaced ? `<p class="muted">${unplaced} quote${unplaced === 1 ? " was" : "s were"} not found at ${unplaced === 1 ? "its" : "their"} position (did the file change after the check?); ${unplaced === 1 ? "it is" : "they are"} listed in the checklist.</p>` : "") + `<pre class="text" tabindex="0" aria-label="Note text">
${highlight(text, spans)}</pre></section>`;
  } else if (status === "error") {
    textBlock = "";
  } else {
    textBlock = `<section class="note-text"><h4>Note text</h4><p class="muted">${esc5(input.textMissing ?? "The note text is not in this report.")} The quotes are listed in the checklist.</p></section>`;
  }
  const label = input.label ?? displaySource(source);
  const head = `<article class="note" id="n${n}" data-source="${esc5(source)}" data-status="${esc5(status)}"${input.surgeon ? ` data-surgeon="${esc5(input.surgeon)}"` : ""} aria-labelledby="n${n}-h"><details class="note-body"`;
  const tail = `><summary><h3 id="n${n}-h">${badge(status)} <span class="src">${esc5(label)}</span></h3><span class="line">${codeList.length ? `${esc5(codeList.join(", "))} \xB7 ` : ""}${gapLine}</span></summary><div class="meta">${codesLine}${input.surgeon ? `<p><span class="k">Surgeon</span> ${esc5(input.surgeon)}</p>` : ""}` + (warnings.length ? `<ul class="warnings">${warnings.map((w) => `<li>${esc5(w)}</li>`).join("")}</ul>` : "") + `</div><div class="cols"><div class="checks">${sections.join("")}${first ? renderDevices(first) : ""}</div>${textBlock}</div></details></article>
`;
  return { head, tail, summary: { source, status, ...input.surgeon ? { surgeon: input.surgeon } : {}, gaps } };
}
function countStatuses(elements) {
  const c = { pass: 0, warn: 0, fail: 0 };
  for (const e of elements) if (e.status in c) c[e.status]++;
  const parts = [`${c.pass} pass`];
  if (c.warn) parts.push(`${c.warn} warn`);
  if (c.fail) parts.push(`${c.fail} fail`);
  return parts.join(" \xB7 ");
}
function noDeviceOf(r) {
  const nd = r.noDevice;
  if (!nd || typeof nd !== "object") return void 0;
  return { message: typeof nd.message === "string" ? nd.message : "No drug-delivery device was placed or removed.", evidence: Array.isArray(nd.evidence) ? nd.evidence : [] };
}
function evidenceList(evidence, evMark) {
  if (!evidence.length) return "";
  return `<ul class="evs" aria-label="Evidence">${evidence.map((ev) => {
    const m = evMark.get(ev);
    const where = `line ${ev.line}:${ev.column}`;
    return m ? `<li><a class="ev-link" href="#${m}" data-mark="${m}"><span class="where">${where}</span> \u201C${esc5(quote(ev))}\u201D</a></li>` : `<li><span class="where">${where}</span> \u201C${esc5(quote(ev))}\u201D</li>`;
  }).join("")}</ul>`;
}
function renderRow(el, n, c, code, evMark, explain) {
  const id = rowId(n, c, el.id);
  const baselined = el.baselined ? ' <span class="tag">baselined</span>' : "";
  const evs = evidenceList(el.evidence, evMark);
  const gap = el.status === "fail" || el.status === "warn";
  const risks = gap && el.denialRisks.length ? `<div class="risks"><span class="k">Denial risk${el.denialRisks.length === 1 ? "" : "s"}</span><ul>${el.denialRisks.map((r) => `<li>${esc5(r)}</li>`).join("")}</ul></div>` : "";
  const fix = gap && el.fix ? `<p class="fix"><span class="k">Fix</span> ${esc5(el.fix)}</p>` : "";
  const why = explain && el.explain?.length ? `<details class="why"><summary>Why</summary><ul>${el.explain.map((x) => `<li>${x.accepted ? "accepted" : "rejected"}: ${esc5(x.pattern)} \u201C${esc5(x.term)}\u201D${x.context ? ` \u2014 ${esc5(x.context)}` : ""}${x.evidence ? ` (line ${x.evidence.line}:${x.evidence.column})` : ""}</li>`).join("")}</ul></details>` : "";
  return `<li class="row" id="${id}" tabindex="-1" data-element="${esc5(el.id)}" data-status="${esc5(el.status)}" data-code="${esc5(code)}"><div class="row-head">${badge(el.status)} <strong>${esc5(el.label || el.id)}</strong>${baselined}</div><p class="msg">${esc5(el.message)}</p>${evs}${risks}${fix}${why}</li>`;
}
function renderCodes2(r) {
  const sugg = r.suggestedCodes.length ? r.suggestedCodes.map((c) => `<code>${esc5(c)}</code>`).join(" ") : '<span class="muted">none</span>';
  return `<p><span class="k">Suggested codes</span> ${sugg}</p>`;
}
function renderDevices(r) {
  if (!r.devices.length) return "";
  const items = r.devices.map((d) => {
    const ev = d.evidence[0];
    const q = ev ? ` \u2014 <q>${esc5(quote(ev, 70))}</q> <span class="where">line ${ev.line}:${ev.column}</span>` : "";
    return `<li>${esc5(d.action === "insert" ? "Insertion" : d.action === "remove" ? "Removal" : String(d.action))}, ${esc5(d.site)}${q}</li>`;
  }).join("");
  return `<section class="devices"><h4>Devices</h4><ul>${items}</ul></section>`;
}
function renderQuery(r, n, c) {
  if (!r.query) return "";
  const id = `n${n}-c${c}-q`;
  return `<section class="query" aria-labelledby="${id}-h"><h5 id="${id}-h">Query draft</h5><pre class="qtext" id="${id}">${esc5(r.query)}</pre><button type="button" class="copy" data-copy="${id}" hidden>Copy query</button></section>`;
}
function renderClaim(r) {
  if (!r.claim) return "";
  const lines = r.claim.lines.map((l) => `<tr><td><code>${esc5(l.code)}</code></td><td>${esc5(l.modifiers.join(", ") || "\u2014")}</td><td>${l.units}</td></tr>`).join("");
  const findings = r.claim.findings.map((f) => `<li data-finding="${esc5(f.id)}" data-status="${esc5(f.status)}">${badge(f.status)} ${esc5(f.message)}${f.codes.length ? ` <span class="muted">(${esc5(f.codes.join(", "))})</span>` : ""}</li>`).join("");
  return `<section class="claim"><h5>Claim</h5><table><thead><tr><th scope="col">Code</th><th scope="col">Modifiers</th><th scope="col">Units</th></tr></thead><tbody>${lines}</tbody></table>` + (findings ? `<ul class="findings">${findings}</ul>` : '<p class="muted">No claim findings.</p>') + `</section>`;
}
function pct(n, d) {
  return d ? `${Math.round(1e3 * n / d) / 10}%` : "\u2013";
}
function groupBy(notes, key2) {
  const m = /* @__PURE__ */ new Map();
  for (const s of notes) {
    const k = key2(s);
    let g = m.get(k);
    if (!g) m.set(k, g = { name: k, notes: 0, pass: 0, fail: 0, error: 0, other: 0, gaps: /* @__PURE__ */ new Map() });
    g.notes++;
    if (s.status === "pass" || s.status === "fail" || s.status === "error") g[s.status]++;
    else g.other++;
    for (const gap of s.gaps) g.gaps.set(gap.label, (g.gaps.get(gap.label) ?? 0) + 1);
  }
  return [...m.values()].sort((a, b) => a.name.localeCompare(b.name));
}
function groupTable(id, caption, head, groups) {
  const other = groups.some((g) => g.other > 0);
  const rows = groups.map((g) => {
    const top = [...g.gaps.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    return `<tr><th scope="row">${esc5(g.name)}</th><td>${g.notes}</td><td>${g.pass}</td><td>${g.fail}</td><td>${g.error}</td>${other ? `<td>${g.other}</td>` : ""}<td>${pct(g.pass, g.notes - g.other)}</td><td>${top ? `${esc5(top[0])} (${top[1]})` : "\u2014"}</td></tr>`;
  }).join("");
  return `<div class="table-wrap" role="region" aria-labelledby="${id}" tabindex="0"><table class="groups" id="${id}-t"><caption id="${id}">${esc5(caption)}</caption><thead><tr><th scope="col">${esc5(head)}</th><th scope="col">Notes</th><th scope="col">Pass</th><th scope="col">Fail</th><th scope="col">Error</th>${other ? '<th scope="col">Other</th>' : ""}<th scope="col">Pass rate</th><th scope="col">Most frequent gap</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}
function renderSummary(f) {
  const total = f.notes.length;
  const by = { pass: 0, fail: 0, error: 0 };
  const others = /* @__PURE__ */ new Map();
  for (const s of f.notes) {
    if (s.status in by) by[s.status]++;
    else others.set(s.status, (others.get(s.status) ?? 0) + 1);
  }
  const statusBars = [
    { label: "Pass", value: by.pass, tone: "pass", title: `Pass: ${by.pass} note${by.pass === 1 ? "" : "s"}` },
    { label: "Fail", value: by.fail, tone: "fail", title: `Fail: ${by.fail} note${by.fail === 1 ? "" : "s"}` },
    { label: "Error", value: by.error, tone: "error", title: `Error: ${by.error} note${by.error === 1 ? "" : "s"}` },
    ...[...others.entries()].map(([s, v]) => ({ label: statusInfo(s).text, value: v, tone: "other", title: `${statusInfo(s).text}: ${v} note${v === 1 ? "" : "s"}` }))
  ];
  const gaps = /* @__PURE__ */ new Map();
  for (const s of f.notes) {
    for (const g of s.gaps) {
      const k = `${g.code}/${g.element}`;
      const e = gaps.get(k) ?? { code: g.code, label: g.label, element: g.element, fail: 0, warn: 0 };
      e[g.status]++;
      gaps.set(k, e);
    }
  }
  const gapList = [...gaps.values()].sort((a, b) => b.fail + b.warn - (a.fail + a.warn) || b.fail - a.fail || a.code.localeCompare(b.code) || a.label.localeCompare(b.label));
  const gapBars = gapList.slice(0, 12).map((g) => {
    const v = g.fail + g.warn;
    return { label: `${g.code} ${g.label}`, value: v, tone: g.fail ? "fail" : "warn", title: `${g.code} ${g.label}: ${v} (${g.fail} fail, ${g.warn} warn)` };
  });
  const surgeons = f.notes.some((s) => s.surgeon);
  const cards = [
    ["Notes", String(total)],
    ["Passed", String(by.pass)],
    ["Failed", String(by.fail)],
    ["Errors", String(by.error)],
    ...[...others.entries()].map(([st, v]) => [statusInfo(st).text, String(v)]),
    ["Pass rate", pct(by.pass, by.pass + by.fail + by.error)]
  ].map(([k, v]) => `<div class="card"><dt>${esc5(k)}</dt><dd>${v}</dd></div>`).join("");
  const gapTable = gapList.length ? `<details class="gap-table"><summary>All gaps as a table (${gapList.length})</summary><div class="table-wrap" tabindex="0" role="region" aria-label="All gaps"><table><thead><tr><th scope="col">Code</th><th scope="col">Element</th><th scope="col">Fail</th><th scope="col">Warn</th></tr></thead><tbody>${gapList.map((g) => `<tr><td><code>${esc5(g.code)}</code></td><th scope="row">${esc5(g.label)}</th><td>${g.fail}</td><td>${g.warn}</td></tr>`).join("")}</tbody></table></div></details>` : "";
  return `<section class="summary" aria-labelledby="sum-h"><h2 id="sum-h">Summary</h2><dl class="cards">${cards}</dl><p class="muted">${f.checked} check${f.checked === 1 ? "" : "s"} (one per code judged)${f.baselineFixed !== void 0 ? `; baselined failures fixed: ${f.baselineFixed}` : ""}. Pass rate: notes whose every code passes, of the notes that pass, fail or could not be checked (notes with no device are left out).</p><div class="charts"><figure><figcaption>Notes by status</figcaption>${barChart("chart-status", "Notes by status", statusBars)}</figure><figure><figcaption>Most frequent gaps (notes, by code and element)</figcaption>${barChart("chart-gaps", "Most frequent gaps by code and element", gapBars, gapBars.length ? void 0 : "No gaps")}</figure></div>` + gapTable + groupTable("by-folder", "By folder", "Folder", groupBy(f.notes, (s) => f.folderOf(s.source))) + (surgeons ? groupTable("by-surgeon", "By surgeon (from the note\u2019s Surgeon or Attending field)", "Surgeon", groupBy(f.notes, (s) => s.surgeon ?? "(not named)")) : "") + `</section>`;
}

// src/format/html.ts
init_types2();
var COLLAPSE_ABOVE = 50;
var FORMAT_NAMES = { rtf: "RTF", pdf: "PDF", docx: "Word (DOCX)", html: "HTML", hl7v2: "HL7 v2", fhir: "FHIR", ccda: "C-CDA" };
function readForReport(source, cwd) {
  if (isStdin(source)) return void 0;
  try {
    const r = decodeNote(readFileSync8(resolve5(cwd, source)));
    return r.ok ? r.text : void 0;
  } catch {
    return void 0;
  }
}
function createHtmlFormatter(ctx) {
  const parts = [];
  const notes = [];
  const limit = ctx.collapseAbove ?? COLLAPSE_ABOVE;
  const addNote = (results) => {
    const first = results[0];
    const source = first.source;
    let text;
    let textMissing;
    if (String(first.status) !== "error") {
      text = ctx.noteText ? ctx.noteText(source) : void 0;
      const carried = first.text;
      if (text === void 0 && typeof carried === "string") text = carried;
      const format = first.format;
      if (text === void 0 && (format === void 0 || format === "text")) text = readForReport(source, ctx.cwd);
      if (text === void 0) {
        textMissing = isStdin(source) ? "The note came from stdin; its text is not in this report." : format && format !== "text" ? `The note was extracted from a ${FORMAT_NAMES[format] ?? format} file; its text is not in this report.` : "The note could not be read again for this report.";
      }
    }
    const given = first.surgeon;
    const surgeon = typeof given === "string" && given ? given : void 0;
    const r = renderNote({
      index: notes.length + 1,
      results,
      ...text !== void 0 ? { text } : {},
      ...textMissing ? { textMissing } : {},
      ...surgeon ? { surgeon } : {},
      explain: ctx.explain,
      label: relativePath(source, ctx.cwd)
    });
    parts.push({ head: r.head, tail: r.tail });
    notes.push(r.summary);
  };
  return {
    begin: () => "",
    result(results) {
      let start = 0;
      for (let i = 1; i <= results.length; i++) {
        if (i === results.length || results[i].source !== results[start].source) {
          addNote(results.slice(start, i));
          start = i;
        }
      }
      return "";
    },
    end(summary2, extra) {
      const open2 = notes.length <= limit;
      const folderOf = (source) => {
        const rel = relativePath(source, ctx.cwd);
        return rel === "stdin" ? "stdin" : dirname5(rel).replace(/\\/g, "/");
      };
      const title = ctx.title ?? "oplint report";
      const pieces = [
        `<header class="top" role="banner"><h1>${esc5(title)}</h1><p class="muted">oplint ${esc5(ctx.version)} \xB7 CPT 20700\u201320705 drug-delivery device documentation \xB7 ${notes.length} note${notes.length === 1 ? "" : "s"}</p></header>`,
        `<main id="main">${renderSummary({ notes, folderOf, checked: summary2.checked, ...extra?.baselineFixed !== void 0 ? { baselineFixed: extra.baselineFixed } : {} })}`,
        `<section class="notes${open2 ? "" : " many"}" id="notes" aria-labelledby="notes-h"><h2 id="notes-h">Notes</h2>`,
        open2 ? "" : `<p class="muted">${notes.length} notes: each is collapsed behind its checklist line; open one to see its checklist and highlighted text.</p>`
      ];
      for (const p of parts) pieces.push(p.head, open2 ? " open" : "", p.tail);
      parts.length = 0;
      pieces.push(`</section></main><footer class="bottom" role="contentinfo">Made by oplint ${esc5(ctx.version)} on this computer; this file makes no network request. Verdicts are documentation checks, not coding advice.</footer>`);
      const body = pieces.join("");
      return page({ title, body, cspMeta: csp() });
    }
  };
}

// src/format/json.ts
var createJsonFormatter = (ctx) => {
  let first = true;
  const indent = (s) => s.replace(/\n/g, "\n    ");
  return {
    begin: () => `{
  "schemaVersion": 2,
  "tool": { "name": "oplint", "version": ${JSON.stringify(ctx.version)} },
  "results": [`,
    result(results) {
      let out = "";
      for (const r of results) {
        out += `${first ? "\n    " : ",\n    "}${indent(JSON.stringify(r, null, 2))}`;
        first = false;
      }
      return out;
    },
    end: (summary2) => `${first ? "" : "\n  "}],
  "summary": ${JSON.stringify(summary2)}
}
`
  };
};

// src/format/index.ts
init_jsonl();

// src/format/junit.ts
init_types2();
var INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function xmlText(s) {
  return s.replace(INVALID_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function xmlAttr(s) {
  return xmlText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
function describe6(el) {
  const lines = [`${el.id} (${el.label}): ${el.status.toUpperCase()} - ${el.message}`];
  for (const ev of el.evidence) lines.push(`  line ${ev.line}:${ev.column}: "${ev.text}"`);
  for (const risk of el.denialRisks) lines.push(`  Denial risk: ${risk}`);
  if (el.fix) lines.push(`  Fix: ${el.fix}`);
  return lines.join("\n");
}
function describeFinding(f) {
  return `claim ${f.id}: ${f.status.toUpperCase()} - ${f.message}${f.codes.length ? `
  codes: ${f.codes.join(", ")}` : ""}`;
}
function testcase(r, file, withFile) {
  const code = r.code ?? (r.status === "error" ? null : effectiveCode(r));
  const name = code ? `CPT ${code}` : "check";
  const open2 = `    <testcase classname="${xmlAttr(file)}" name="${xmlAttr(name)}"${withFile ? ` file="${xmlAttr(file)}"` : ""} time="0">`;
  if (r.status === "error") {
    const msg = r.error?.message ?? "could not be checked";
    return {
      xml: `${open2}
      <error message="${xmlAttr(msg)}" type="error">${xmlText(msg)}</error>
    </testcase>
`,
      failed: false,
      errored: true,
      skipped: false
    };
  }
  const elements = r.elements ?? [];
  if (r.status === "no-device") {
    const msg = r.noDevice?.message ?? "No drug-delivery device was placed or removed in this operation; none of 20700-20705 applies";
    return { xml: `${open2}
      <skipped message="${xmlAttr(msg)}"/>
    </testcase>
`, failed: false, errored: false, skipped: true };
  }
  const failedEls = elements.filter((e) => e.status === "fail");
  const warnEls = elements.filter((e) => e.status === "warn");
  const findings = r.claim?.findings ?? [];
  const failedClaims = findings.filter((f) => f.status === "fail");
  const warnClaims = findings.filter((f) => f.status === "warn");
  let body = "";
  const failed = r.status === "fail";
  if (failed) {
    const ids = failedEls.map((e) => e.id);
    const parts = [];
    if (ids.length) parts.push(`${ids.length} element${ids.length === 1 ? "" : "s"} failed: ${ids.join(", ")}`);
    if (failedClaims.length) parts.push(`claim: ${failedClaims.map((f) => f.id).join(", ")}`);
    const msg = parts.length ? parts.join("; ") : r.code === null ? "no drug-delivery device insertion found" : "note failed";
    const text = [...failedEls.map(describe6), ...failedClaims.map(describeFinding)].join("\n\n") || msg;
    body += `
      <failure message="${xmlAttr(msg)}" type="fail">${xmlText(text)}</failure>`;
  }
  const warnText = [...warnEls.map(describe6), ...warnClaims.map(describeFinding)].join("\n\n");
  if (warnText) body += `
      <system-out>${xmlText(warnText)}</system-out>`;
  return { xml: body ? `${open2}${body}
    </testcase>
` : `${open2.slice(0, -1)}/>
`, failed, errored: false, skipped: false };
}
var createJunitFormatter = (ctx) => ({
  begin() {
    return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="oplint">
`;
  },
  result(results) {
    if (!results.length) return "";
    const file = relativePath(results[0].source, ctx.cwd);
    const cases = results.map((r) => testcase(r, file, ctx.junitFile !== false));
    const failures = cases.filter((c) => c.failed).length;
    const errors = cases.filter((c) => c.errored).length;
    const skipped = cases.filter((c) => c.skipped).length;
    return `  <testsuite name="${xmlAttr(file)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0" file="${xmlAttr(file)}">
` + cases.map((c) => c.xml).join("") + `  </testsuite>
`;
  },
  end(summary2, extra) {
    const props = [
      ["checked", summary2.checked],
      ["passed", summary2.passed],
      ["failed", summary2.failed],
      ["errors", summary2.errors],
      ...extra?.baselineFixed !== void 0 ? [["baselineFixed", extra.baselineFixed]] : []
    ].map(([k, v]) => `${k}=${v}`).join(" ");
    return `  <!-- oplint ${xmlText(ctx.version).replace(/--/g, "- -")}: ${props} -->
</testsuites>
`;
  }
});

// src/format/markdown.ts
init_types2();
var MARKS = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  "n/a": "\u2796",
  error: "\u274C"
};
function mdEscape(s) {
  return s.replace(/\r\n|\r|\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~])/g, "\\$1");
}
function noteMark(status) {
  return status === "pass" ? "\u2705" : status === "fail" ? "\u274C" : status === "no-device" ? "\u2796" : "\u26D4";
}
function evidenceText(el) {
  const ev = el.evidence[0];
  if (!ev) return "";
  const quote2 = ev.text.length > 120 ? ev.text.slice(0, 117) + "..." : ev.text;
  return ` (line ${ev.line}:${ev.column}: \u201C${mdEscape(quote2)}\u201D)`;
}
function claimLines(r) {
  if (!r.claim) return [];
  const shown2 = r.claim.lines.map((l) => `${l.code}${l.modifiers.map((m) => `-${m}`).join("")}${l.units > 1 ? `x${l.units}` : ""}`).join(", ");
  const lines = [`- **Claim** ${mdEscape(shown2)}`];
  for (const f of r.claim.findings) {
    const baselined = f.baselined ? " _(baselined)_" : "";
    lines.push(`  - [${f.status === "pass" ? "x" : " "}] ${MARKS[f.status]} \`${mdEscape(f.id).replace(/`/g, "'")}\`${baselined}: ${mdEscape(f.message)}`);
  }
  return lines;
}
function queryBlock(query) {
  const longest = Math.max(2, ...[...query.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `**Query to the surgeon (draft)**

${fence}text
${query.replace(/\n+$/, "")}
${fence}`;
}
function checklist(r) {
  const lines = [];
  for (const el of r.elements) {
    const done = el.status === "pass" || el.status === "n/a";
    const baselined = el.baselined ? " _(baselined)_" : "";
    lines.push(`- [${done ? "x" : " "}] ${MARKS[el.status]} **${mdEscape(el.label || el.id)}**${baselined}: ${mdEscape(el.message)}${evidenceText(el)}`);
    if (el.status === "warn" || el.status === "fail") {
      for (const risk of el.denialRisks) lines.push(`  - Denial risk: ${mdEscape(risk)}`);
      if (el.fix) lines.push(`  - Fix: ${mdEscape(el.fix)}`);
    }
  }
  lines.push(...claimLines(r));
  for (const g of r.guidance ?? []) lines.push(`- \u2139\uFE0F ${mdEscape(g.text)}${g.source ? ` _(source: ${mdEscape(g.source)})_` : ""}`);
  return lines.join("\n");
}
function pct2(n, d) {
  return d ? `${Math.round(1e3 * n / d) / 10}%` : "\u2013";
}
var createMarkdownFormatter = (ctx) => {
  const sections = [];
  const rows = [];
  const counts2 = /* @__PURE__ */ new Map();
  return {
    begin: () => "",
    result(results) {
      if (!results.length) return "";
      const source = results[0].source === "-" ? "stdin" : results[0].source;
      const worst = results.some((r) => r.status === "error") ? "error" : results.some((r) => r.status === "fail") ? "fail" : "pass";
      const parts = [];
      for (const r of results) {
        const code = r.status === "error" ? "" : effectiveCode(r);
        for (const el of r.elements) {
          const key2 = `${code}/${el.id}`;
          const c = counts2.get(key2) ?? { label: el.label || el.id, fail: 0, warn: 0 };
          if (el.status === "fail") c.fail++;
          if (el.status === "warn") c.warn++;
          counts2.set(key2, c);
        }
        for (const f of r.claim?.findings ?? []) {
          if (f.status === "pass") continue;
          const key2 = `claim/${f.id}`;
          const c = counts2.get(key2) ?? { label: f.id, fail: 0, warn: 0 };
          if (f.status === "fail") c.fail++;
          else c.warn++;
          counts2.set(key2, c);
        }
        const failed = [...r.elements.filter((e) => e.status === "fail").map((e) => e.id), ...(r.claim?.findings ?? []).filter((f) => f.status === "fail").map((f) => `claim:${f.id}`)];
        const warned = [...r.elements.filter((e) => e.status === "warn").map((e) => e.id), ...(r.claim?.findings ?? []).filter((f) => f.status === "warn").map((f) => `claim:${f.id}`)];
        const detail = r.status === "error" ? mdEscape(r.error?.message ?? "could not be checked") : mdEscape(failed.join(", ") || "\u2014");
        if (!(ctx.quiet && r.status === "pass")) rows.push(`| ${noteMark(r.status)} ${r.status} | ${mdEscape(source)} | ${mdEscape(r.code ?? "none")} | ${detail} | ${mdEscape(warned.join(", ") || "\u2014")} |`);
        if (ctx.quiet && r.status === "pass") continue;
        if (r.status === "error") {
          parts.push(`**Error:** ${mdEscape(r.error?.message ?? "could not be checked")}`);
          continue;
        }
        const head = r.code ? `**CPT ${mdEscape(r.code)}**` : `**No drug-delivery device insertion found** (elements judged against CPT ${mdEscape(effectiveCode(r))})`;
        const suggested = r.suggestedCodes.length ? ` \xB7 suggested: ${r.suggestedCodes.map(mdEscape).join(", ")}` : "";
        if (r.status === "no-device") {
          const quotes2 = (r.noDevice?.evidence ?? []).map((e) => `
- line ${e.line}:${e.column}: \u201C${mdEscape(e.text.length > 160 ? `${e.text.slice(0, 157)}...` : e.text)}\u201D`).join("");
          parts.push(`**No drug-delivery device** \u2014 ${mdEscape(r.noDevice?.message ?? "No drug-delivery device was placed or removed in this operation; none of 20700-20705 applies")}${quotes2 ? `
${quotes2}` : ""}`);
          continue;
        }
        const query = ctx.query && r.query ? `

${queryBlock(r.query)}` : "";
        parts.push(`${head} \u2014 ${noteMark(r.status)} ${r.status}${suggested}

${checklist(r)}${query}`);
      }
      if (parts.length) sections.push(`### ${noteMark(worst)} ${mdEscape(source)}

${parts.join("\n\n")}`);
      return "";
    },
    end(summary2, extra) {
      const out = ["# oplint report", ""];
      const noDevice = summary2.noDevice ?? 0;
      out.push("| Checked | Passed | Failed | No device | Errors | Pass rate |", "| ---: | ---: | ---: | ---: | ---: | ---: |");
      out.push(`| ${summary2.checked} | ${summary2.passed} | ${summary2.failed} | ${noDevice} | ${summary2.errors} | ${pct2(summary2.passed, summary2.checked - noDevice)} |`);
      if (extra?.baselineFixed !== void 0) out.push("", `Baselined failures fixed: **${extra.baselineFixed}**`);
      const elementRows = [...counts2.entries()].filter(([, c]) => c.fail || c.warn);
      if (elementRows.length) {
        out.push("", "## Elements", "", "| Code | Element | \u274C Fail | \u26A0\uFE0F Warn |", "| --- | --- | ---: | ---: |");
        elementRows.sort((a, b) => b[1].fail - a[1].fail || b[1].warn - a[1].warn || a[0].localeCompare(b[0])).forEach(([key2, c]) => {
          const [code] = key2.split("/");
          out.push(`| ${mdEscape(code ?? "")} | ${mdEscape(c.label)} | ${c.fail} | ${c.warn} |`);
        });
      }
      if (rows.length) {
        out.push("", "## Notes", "", "| Status | Note | Code | Failed elements | Warnings |", "| --- | --- | --- | --- | --- |", ...rows);
      }
      if (sections.length) out.push("", "## Checklists", "", sections.join("\n\n"));
      out.push("", `<sub>oplint ${mdEscape(ctx.version)}</sub>`, "");
      return out.join("\n");
    }
  };
};

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/string-width/index.js
var segmenter = new Intl.Segmenter();
var visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v");
var spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v");
var rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v");
var unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
var extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
function isDoubleWidthNonRgiEmojiSequence(segment) {
  if (segment.length > 50) {
    return false;
  }
  if (unqualifiedKeycapRegex.test(segment)) {
    return true;
  }
  if (segment.includes("\u200D")) {
    const pictographics = segment.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return false;
}
function baseVisible(segment) {
  const index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
  return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
  return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
  return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
  return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  const codePoints = [];
  for (const character of visibleSegment) {
    if (!visibleCharacterRegex.test(character)) {
      continue;
    }
    codePoints.push(character.codePointAt(0));
  }
  if (codePoints.length === 0) {
    return void 0;
  }
  let width = 0;
  for (let index = 0; index < codePoints.length; index++) {
    const codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width === 0) {
        return void 0;
      }
      for (let remaining = index; remaining < codePoints.length; remaining++) {
        width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      }
      return width;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width += 2;
      index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0;
  let first = true;
  for (const character of visibleSegment) {
    if (first) {
      first = false;
      continue;
    }
    if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") {
      extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return extra;
}
function stringWidth(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  if (/^[\u0020-\u007E]*$/.test(string)) {
    return string.length;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter.segment(string)) {
    const visibleSegment = baseVisible(segment);
    if (visibleSegment === void 0) {
      continue;
    }
    if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
      width += 2;
      continue;
    }
    const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== void 0) {
      width += hangulWidth;
      continue;
    }
    const codePoint = visibleSegment.codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width;
}

// node_modules/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET2 = 10;
var wrapAnsi162 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi2562 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m2 = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles3 = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames2 = Object.keys(styles3.modifier);
var foregroundColorNames2 = Object.keys(styles3.color);
var backgroundColorNames2 = Object.keys(styles3.bgColor);
var colorNames2 = [...foregroundColorNames2, ...backgroundColorNames2];
function assembleStyles2() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles3)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles3[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles3[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles3, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles3, "codes", {
    value: codes,
    enumerable: false
  });
  styles3.color.close = "\x1B[39m";
  styles3.bgColor.close = "\x1B[49m";
  styles3.color.ansi = wrapAnsi162();
  styles3.color.ansi256 = wrapAnsi2562();
  styles3.color.ansi16m = wrapAnsi16m2();
  styles3.bgColor.ansi = wrapAnsi162(ANSI_BACKGROUND_OFFSET2);
  styles3.bgColor.ansi256 = wrapAnsi2562(ANSI_BACKGROUND_OFFSET2);
  styles3.bgColor.ansi16m = wrapAnsi16m2(ANSI_BACKGROUND_OFFSET2);
  Object.defineProperties(styles3, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles3.rgbToAnsi256(...styles3.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles3.ansi256ToAnsi(styles3.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles3.ansi256ToAnsi(styles3.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles3;
}
var ansiStyles2 = assembleStyles2();
var ansi_styles_default2 = ansiStyles2;

// node_modules/wrap-ansi/index.js
var ANSI_ESCAPE = "\x1B";
var ANSI_ESCAPE_BELL = "\x07";
var C1_CSI = "\x9B";
var ANSI_CSI = "[";
var ANSI_OSC = "]";
var ANSI_SGR_TERMINATOR = "m";
var ANSI_SGR_RESET = 0;
var ANSI_SGR_RESET_FOREGROUND = 39;
var ANSI_SGR_RESET_BACKGROUND = 49;
var ANSI_SGR_RESET_UNDERLINE_COLOR = 59;
var ANSI_SGR_FOREGROUND_EXTENDED = 38;
var ANSI_SGR_BACKGROUND_EXTENDED = 48;
var ANSI_SGR_UNDERLINE_COLOR_EXTENDED = 58;
var ANSI_SGR_COLOR_MODE_RGB = 2;
var ANSI_SGR_COLOR_MODE_256 = 5;
var ANSI_ESCAPE_LINK = `${ANSI_OSC}8;`;
var ESCAPES = /* @__PURE__ */ new Set([
  ANSI_ESCAPE,
  C1_CSI
]);
var ESCAPE_CHARACTERS = [...ESCAPES].join("");
var CSI_INTRODUCER = `(?:${ANSI_ESCAPE}\\${ANSI_CSI}|${C1_CSI})`;
var CSI_PARAMETERS = "[0-?]*[ -/]*[@-~]";
var SGR_PARAMETERS = `(?<sgr>[0-9;:]*)${ANSI_SGR_TERMINATOR}`;
var OSC_STRING_TERMINATOR = `(?:${ANSI_ESCAPE_BELL}|${ANSI_ESCAPE}\\\\)`;
var OSC_STRING_PAYLOAD = String.raw`[^\u0000-\u001F\u007F-\u009F]*`;
var LINK_PARAMETERS = String.raw`8;(?<parameters>[^;\u0000-\u001F\u007F-\u009F]*);(?<uri>${OSC_STRING_PAYLOAD})${OSC_STRING_TERMINATOR}`;
var OSC_STRING = `${OSC_STRING_PAYLOAD}${OSC_STRING_TERMINATOR}`;
var ANSI_ESCAPE_REGEX = new RegExp(
  `${CSI_INTRODUCER}(?:${SGR_PARAMETERS}|${CSI_PARAMETERS})|${ANSI_ESCAPE}\\${ANSI_OSC}(?:${LINK_PARAMETERS}|${OSC_STRING})`,
  "y"
);
var ANSI_SGR_MODIFIER_CLOSE_CODES = new Set(ansi_styles_default2.codes.values());
ANSI_SGR_MODIFIER_CLOSE_CODES.delete(ANSI_SGR_RESET);
var segmenter2 = new Intl.Segmenter();
var getStringWidth = (string) => stringWidth(string, { countAnsiEscapeCodes: true });
var TAB_SIZE = 8;
var ESCAPE_INTRODUCER_REGEX = new RegExp(`[${ESCAPE_CHARACTERS}]`, "g");
var ROW_BOUNDARY_REGEX = new RegExp(`[\\n${ESCAPE_CHARACTERS}]`, "g");
var ASCII_PRINTABLE_REGEX = /^[ -~]*$/;
var wrapAnsiCode = (code) => `${ANSI_ESCAPE}${ANSI_CSI}${code}${ANSI_SGR_TERMINATOR}`;
var wrapAnsiHyperlink = (url, parameters = "") => `${ANSI_ESCAPE}${ANSI_ESCAPE_LINK}${parameters};${url}${ANSI_ESCAPE_BELL}`;
var matchAnsiEscape = (string, index) => {
  if (!ESCAPES.has(string[index])) {
    return;
  }
  ANSI_ESCAPE_REGEX.lastIndex = index;
  return ANSI_ESCAPE_REGEX.exec(string) ?? void 0;
};
var forEachSegment = (string, onPlainText, onEscape = () => {
}) => {
  let plainStart = 0;
  let index = 0;
  while (index < string.length) {
    ESCAPE_INTRODUCER_REGEX.lastIndex = index;
    const introducer = ESCAPE_INTRODUCER_REGEX.exec(string);
    if (!introducer) {
      break;
    }
    const escape2 = matchAnsiEscape(string, introducer.index);
    if (!escape2) {
      index = introducer.index + 1;
      continue;
    }
    if (introducer.index > plainStart) {
      onPlainText(string.slice(plainStart, introducer.index));
    }
    onEscape(escape2[0]);
    index = introducer.index + escape2[0].length;
    plainStart = index;
  }
  if (plainStart < string.length) {
    onPlainText(string.slice(plainStart));
  }
};
var getWidth = (string) => {
  let plainText = "";
  forEachSegment(string, (part) => {
    plainText += part;
  });
  return getStringWidth(plainText);
};
var getTokens = (string) => {
  const tokens = [];
  forEachSegment(string, (plainText) => {
    if (ASCII_PRINTABLE_REGEX.test(plainText)) {
      for (const character of plainText) {
        tokens.push({ value: character, width: 1 });
      }
      return;
    }
    for (const { segment } of segmenter2.segment(plainText)) {
      tokens.push({ value: segment, width: getStringWidth(segment) });
    }
  }, (escape2) => {
    tokens.push({ value: escape2, width: 0 });
  });
  return tokens;
};
var splitWords = (string) => {
  let currentWord = { value: "", plainText: "" };
  const words = [currentWord];
  forEachSegment(string, (plainText) => {
    const parts = plainText.split(" ");
    currentWord.value += parts[0];
    currentWord.plainText += parts[0];
    for (let index = 1; index < parts.length; index++) {
      currentWord = { value: parts[index], plainText: parts[index] };
      words.push(currentWord);
    }
  }, (escape2) => {
    currentWord.value += escape2;
  });
  for (const word of words) {
    word.width = getStringWidth(word.plainText);
  }
  return words;
};
var getColonColorToken = (parameter) => {
  const parts = parameter.split(":");
  const code = Number.parseInt(parts[0], 10);
  const mode = Number.parseInt(parts[1], 10);
  if (![ANSI_SGR_FOREGROUND_EXTENDED, ANSI_SGR_BACKGROUND_EXTENDED, ANSI_SGR_UNDERLINE_COLOR_EXTENDED].includes(code)) {
    return;
  }
  if (mode === ANSI_SGR_COLOR_MODE_256 && parts.length === 3 && /^\d+$/.test(parts[2])) {
    return { code, open: parameter, hasArguments: true };
  }
  if (mode !== ANSI_SGR_COLOR_MODE_RGB) {
    return;
  }
  const components = parts.length === 6 ? parts.slice(3) : parts.slice(2);
  const colorSpace = parts.length === 6 ? parts[2] : void 0;
  if (components.length === 3 && components.every((component) => /^\d+$/.test(component)) && (colorSpace === void 0 || /^\d*$/.test(colorSpace))) {
    return { code, open: parameter, hasArguments: true };
  }
};
var getSgrTokens = (sgrParameters) => {
  const parameters = sgrParameters.split(";");
  const sgrTokens = [];
  for (let index = 0; index < parameters.length; index++) {
    const parameter = parameters[index];
    if (parameter.includes(":")) {
      const colonColorToken = getColonColorToken(parameter);
      if (colonColorToken) {
        sgrTokens.push(colonColorToken);
      }
      continue;
    }
    const code = parameter === "" ? ANSI_SGR_RESET : Number.parseInt(parameter, 10);
    if (!Number.isFinite(code)) {
      continue;
    }
    if (code === ANSI_SGR_FOREGROUND_EXTENDED || code === ANSI_SGR_BACKGROUND_EXTENDED || code === ANSI_SGR_UNDERLINE_COLOR_EXTENDED) {
      if (index + 1 >= parameters.length) {
        break;
      }
      const mode = Number.parseInt(parameters[index + 1], 10);
      const colorIndex = Number.parseInt(parameters[index + 2], 10);
      if (mode === ANSI_SGR_COLOR_MODE_256 && Number.isFinite(colorIndex)) {
        sgrTokens.push({ code, open: [code, mode, colorIndex].join(";"), hasArguments: true });
        index += 2;
        continue;
      }
      const red = Number.parseInt(parameters[index + 2], 10);
      const green = Number.parseInt(parameters[index + 3], 10);
      const blue = Number.parseInt(parameters[index + 4], 10);
      if (mode === ANSI_SGR_COLOR_MODE_RGB && Number.isFinite(red) && Number.isFinite(green) && Number.isFinite(blue)) {
        sgrTokens.push({ code, open: [code, mode, red, green, blue].join(";"), hasArguments: true });
        index += 4;
        continue;
      }
      break;
    }
    sgrTokens.push({ code, open: String(code), hasArguments: false });
  }
  return sgrTokens;
};
var removeActiveStyle = (activeStyles, family) => {
  const activeStyleIndex = activeStyles.findIndex((activeStyle) => activeStyle.family === family);
  if (activeStyleIndex !== -1) {
    activeStyles.splice(activeStyleIndex, 1);
  }
};
var upsertActiveStyle = (activeStyles, nextActiveStyle) => {
  removeActiveStyle(activeStyles, nextActiveStyle.family);
  activeStyles.push(nextActiveStyle);
};
var removeModifierStylesByClose = (activeStyles, closeCode) => {
  for (let index = activeStyles.length - 1; index >= 0; index--) {
    const activeStyle = activeStyles[index];
    if (activeStyle.family.startsWith("modifier-") && activeStyle.close === closeCode) {
      activeStyles.splice(index, 1);
    }
  }
};
var getColorStyle = (sgrToken) => {
  const { code, open: open2, hasArguments } = sgrToken;
  if (code >= 30 && code <= 37 || code >= 90 && code <= 97 || code === ANSI_SGR_FOREGROUND_EXTENDED && hasArguments) {
    return {
      family: "foreground",
      open: open2,
      close: ANSI_SGR_RESET_FOREGROUND
    };
  }
  if (code >= 40 && code <= 47 || code >= 100 && code <= 107 || code === ANSI_SGR_BACKGROUND_EXTENDED && hasArguments) {
    return {
      family: "background",
      open: open2,
      close: ANSI_SGR_RESET_BACKGROUND
    };
  }
  if (code === ANSI_SGR_UNDERLINE_COLOR_EXTENDED && hasArguments) {
    return {
      family: "underlineColor",
      open: open2,
      close: ANSI_SGR_RESET_UNDERLINE_COLOR
    };
  }
};
var applySgrResetCode = (code, activeStyles) => {
  if (code === ANSI_SGR_RESET) {
    activeStyles.length = 0;
    return true;
  }
  if (code === ANSI_SGR_RESET_FOREGROUND) {
    removeActiveStyle(activeStyles, "foreground");
    return true;
  }
  if (code === ANSI_SGR_RESET_BACKGROUND) {
    removeActiveStyle(activeStyles, "background");
    return true;
  }
  if (code === ANSI_SGR_RESET_UNDERLINE_COLOR) {
    removeActiveStyle(activeStyles, "underlineColor");
    return true;
  }
  if (ANSI_SGR_MODIFIER_CLOSE_CODES.has(code)) {
    removeModifierStylesByClose(activeStyles, code);
    return true;
  }
  return false;
};
var applySgrToken = (sgrToken, activeStyles) => {
  const { code } = sgrToken;
  if (applySgrResetCode(code, activeStyles)) {
    return;
  }
  const colorStyle = getColorStyle(sgrToken);
  if (colorStyle) {
    upsertActiveStyle(activeStyles, colorStyle);
    return;
  }
  const close = ansi_styles_default2.codes.get(code);
  if (close !== void 0 && close !== ANSI_SGR_RESET) {
    upsertActiveStyle(activeStyles, {
      family: `modifier-${code}`,
      open: sgrToken.open,
      close
    });
  }
};
var applySgrParameters = (sgrParameters, activeStyles) => {
  for (const sgrToken of getSgrTokens(sgrParameters)) {
    applySgrToken(sgrToken, activeStyles);
  }
};
var applySgrResets = (sgrParameters, activeStyles) => {
  for (const { code } of getSgrTokens(sgrParameters)) {
    applySgrResetCode(code, activeStyles);
  }
};
var applyLeadingSgrResets = (string, startIndex, activeStyles) => {
  let index = startIndex;
  while (index < string.length) {
    const match = matchAnsiEscape(string, index);
    if (!match) {
      break;
    }
    if (match.groups.sgr !== void 0) {
      applySgrResets(match.groups.sgr, activeStyles);
    }
    index += match[0].length;
  }
};
var getClosingSgrSequence = (activeStyles) => [...activeStyles].reverse().map((activeStyle) => wrapAnsiCode(activeStyle.close)).join("");
var getOpeningSgrSequence = (activeStyles) => activeStyles.map((activeStyle) => wrapAnsiCode(activeStyle.open)).join("");
var wrapWord = (rows, word, columns, rowWidth) => {
  const tokens = getTokens(word);
  let visible = rowWidth;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.width > 0 && visible > 0 && visible + token.width > columns) {
      rows.push("");
      visible = 0;
    }
    rows[rows.length - 1] += token.value;
    visible += token.width;
    if (visible === columns && index < tokens.length - 1) {
      rows.push("");
      visible = 0;
    }
  }
  if (!visible && rows.at(-1).length > 0 && rows.length > 1) {
    rows[rows.length - 2] += rows.pop();
  }
  return getWidth(rows.at(-1));
};
var stringVisibleTrimSpacesRight = (string) => {
  if (!string.includes(" ")) {
    return string;
  }
  const segments = [];
  forEachSegment(string, (plainText) => {
    segments.push({ value: plainText, isEscape: false });
  }, (escape2) => {
    segments.push({ value: escape2, isEscape: true });
  });
  for (let index = segments.length - 1; index >= 0; index--) {
    const segment = segments[index];
    if (segment.isEscape) {
      continue;
    }
    let end = segment.value.length;
    while (end > 0 && segment.value[end - 1] === " ") {
      end--;
    }
    segment.value = segment.value.slice(0, end);
    if (getStringWidth(segment.value) > 0) {
      break;
    }
  }
  return segments.map((segment) => segment.value).join("");
};
var expandTabs = (line) => {
  if (!line.includes("	")) {
    return line;
  }
  let visible = 0;
  let expandedLine = "";
  let plainTextSinceTab = "";
  const expandPlainText = (plainText) => {
    const segments = plainText.split("	");
    for (const [index, segment] of segments.entries()) {
      expandedLine += segment;
      plainTextSinceTab += segment;
      if (index < segments.length - 1) {
        visible += getStringWidth(plainTextSinceTab);
        plainTextSinceTab = "";
        const spaces = TAB_SIZE - visible % TAB_SIZE;
        expandedLine += " ".repeat(spaces);
        visible += spaces;
      }
    }
  };
  forEachSegment(line, expandPlainText, (escape2) => {
    expandedLine += escape2;
  });
  return expandedLine;
};
var restoreStylesAcrossRows = (preString) => {
  let returnValue = "";
  let activeHyperlink;
  const activeStyles = [];
  let index = 0;
  let copiedIndex = 0;
  while (index < preString.length) {
    ROW_BOUNDARY_REGEX.lastIndex = index;
    const boundary = ROW_BOUNDARY_REGEX.exec(preString);
    if (!boundary) {
      break;
    }
    index = boundary.index;
    if (boundary[0] !== "\n") {
      const escape2 = matchAnsiEscape(preString, index);
      if (!escape2) {
        index++;
        continue;
      }
      const { groups } = escape2;
      if (groups.sgr !== void 0) {
        applySgrParameters(groups.sgr, activeStyles);
      } else if (groups.uri !== void 0) {
        activeHyperlink = groups.uri.length === 0 ? void 0 : { parameters: groups.parameters, uri: groups.uri };
      }
      index += escape2[0].length;
      continue;
    }
    returnValue += preString.slice(copiedIndex, index);
    if (index > copiedIndex) {
      if (activeHyperlink) {
        returnValue += wrapAnsiHyperlink("");
      }
      returnValue += getClosingSgrSequence(activeStyles);
    }
    returnValue += "\n";
    index++;
    copiedIndex = index;
    if (index < preString.length && preString[index] !== "\n") {
      const openingStyles = [...activeStyles];
      applyLeadingSgrResets(preString, index, openingStyles);
      returnValue += getOpeningSgrSequence(openingStyles);
      if (activeHyperlink) {
        returnValue += wrapAnsiHyperlink(activeHyperlink.uri, activeHyperlink.parameters);
      }
    }
  }
  return returnValue + preString.slice(copiedIndex);
};
var exec = (string, columns, options = {}) => {
  if (options.trim !== false && string.trim() === "") {
    return "";
  }
  const words = splitWords(string);
  let rows = [""];
  let rowLength = 0;
  let trimmedRowIndex = -1;
  let isFirstWord = true;
  for (const word of words) {
    const rowIndex = rows.length - 1;
    if (options.trim !== false && trimmedRowIndex !== rowIndex) {
      const row2 = rows[rowIndex];
      const trimmedRow = row2.trimStart();
      if (trimmedRow.length !== row2.length) {
        rows[rowIndex] = trimmedRow;
        rowLength = getWidth(trimmedRow);
      }
      if (trimmedRow.length > 0) {
        trimmedRowIndex = rowIndex;
      }
    }
    if (isFirstWord) {
      isFirstWord = false;
    } else {
      if (rowLength >= columns && (options.wordWrap === false || options.trim === false)) {
        rows.push("");
        rowLength = 0;
      }
      if (rowLength > 0 || options.trim === false) {
        rows[rows.length - 1] += " ";
        rowLength++;
      }
    }
    if (options.hard && options.wordWrap !== false && word.width > columns) {
      const remainingColumns = columns - rowLength;
      const breaksStartingThisLine = 1 + Math.floor((word.width - remainingColumns - 1) / columns);
      const breaksStartingNextLine = Math.floor((word.width - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) {
        rows.push("");
        rowLength = 0;
      }
      rowLength = wrapWord(rows, word.value, columns, rowLength);
      continue;
    }
    if (rowLength + word.width > columns && rowLength > 0 && word.width > 0) {
      if (options.wordWrap === false && rowLength < columns) {
        rowLength = wrapWord(rows, word.value, columns, rowLength);
        continue;
      }
      rows.push("");
      rowLength = 0;
    }
    if (rowLength + word.width > columns && options.wordWrap === false) {
      rowLength = wrapWord(rows, word.value, columns, rowLength);
      continue;
    }
    rows[rows.length - 1] += word.value;
    rowLength += word.width;
  }
  if (options.trim !== false) {
    rows = rows.map((row2) => stringVisibleTrimSpacesRight(row2));
  }
  return restoreStylesAcrossRows(rows.join("\n"));
};
var normalizeText = (string) => {
  let normalizedString = "";
  forEachSegment(string, (plainText) => {
    normalizedString += plainText.normalize();
  }, (escape2) => {
    normalizedString += escape2;
  });
  return normalizedString;
};
function wrapAnsi(string, columns, options) {
  return normalizeText(String(string)).replaceAll("\r\n", "\n").split("\n").map((line) => exec(expandTabs(line), columns, options)).join("\n");
}

// src/format/pretty.ts
init_types2();
var DEFAULT_WIDTH = 80;
var MARK = { pass: "\u2714", warn: "\u26A0", fail: "\u2716", "n/a": "\u2013" };
var MIN_LABEL = 12;
function wrap3(text, indent, first = indent, width = DEFAULT_WIDTH) {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let line = "";
  let lineWidth = 0;
  let room = Math.max(10, width - first);
  const nextLine = () => {
    lines.push(line);
    line = "";
    lineWidth = 0;
    room = Math.max(10, width - indent);
  };
  for (const word of words) {
    const w = stringWidth(word);
    if (line && lineWidth + 1 + w > room) nextLine();
    if (!line && w > room) {
      const pieces = wrapAnsi(word, room, { hard: true, trim: false }).split("\n");
      for (const piece of pieces.slice(0, -1)) {
        line = piece;
        nextLine();
      }
      line = pieces[pieces.length - 1];
      lineWidth = stringWidth(line);
      continue;
    }
    line = line ? `${line} ${word}` : word;
    lineWidth += (lineWidth ? 1 : 0) + w;
  }
  if (line) lines.push(line);
  return lines.join(`
${" ".repeat(indent)}`);
}
function padWidth(s, width) {
  return s + " ".repeat(Math.max(0, width - stringWidth(s)));
}
function safeName(s) {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
var isBaselined = (x) => x.baselined === true;
var loc = (e) => `${e.line}:${e.column}`;
var clip2 = (s, n) => {
  const one2 = s.replace(/\s+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD").trim();
  return one2.length > n ? `${one2.slice(0, n - 1)}\u2026` : one2;
};
function listName(pattern2) {
  const [kind, name] = pattern2.split("/");
  if (kind === "device-event") return `device ${name === "remove" ? "removal" : "insertion"}`;
  if (kind === "device") return `${name} mentioned`;
  if (kind === "cpt-code") return "procedure code";
  if (kind === "quantity") return `amount in ${name}`;
  if (kind === "check") return `${name} check`;
  return name && name !== kind ? `${kind} list: ${name}` : `${kind} list`;
}
var SLOT_NAMES = [["site", "site"], ["drug", "drug"], ["carrier", "carrier"], ["amount", "amount"], ["preparation", "preparation"], ["plan", "plan"]];
var createPrettyFormatter = (ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint = { pass: c.green, warn: c.yellow, fail: c.red, "n/a": c.gray };
  const failCounts = /* @__PURE__ */ new Map();
  const riskCounts = /* @__PURE__ */ new Map();
  let notes = 0;
  const explainedFrames = /* @__PURE__ */ new Set();
  let legendShown = false;
  const W = ctx.width && ctx.width >= 40 ? ctx.width : DEFAULT_WIDTH;
  const element = (r, e, labelWidth) => {
    const col = 4 + labelWidth + 1;
    const pad = " ".repeat(col);
    const known = isBaselined(e);
    const head = `  ${paint[e.status](MARK[e.status])} ${c.bold(padWidth(e.label, labelWidth))} `;
    let out = `${head}${known ? `${c.gray("(baselined)")} ` : ""}${wrap3(e.message, col, col + (known ? 12 : 0), W)}
`;
    for (const ev of e.evidence.slice(0, 3)) out += `${pad}${c.gray(`${loc(ev)}`)} ${c.cyan(`"${clip2(ev.text, Math.max(10, W - col - loc(ev).length - 3))}"`)}
`;
    if ((e.status === "fail" || e.status === "warn") && !known) {
      for (const risk of e.denialRisks) out += `${pad}${c.magenta("risk:")} ${wrap3(risk, col + 6, col + 6, W)}
`;
      if (e.fix) out += `${pad}${c.blue("fix:")}  ${wrap3(e.fix, col + 6, col + 6, W)}
`;
      const k = `${effectiveCode(r)} ${e.id}`;
      failCounts.set(k, (failCounts.get(k) ?? 0) + 1);
      for (const risk of e.denialRisks) riskCounts.set(risk, (riskCounts.get(risk) ?? 0) + 1);
    }
    if (ctx.explain && e.explain?.length) {
      for (const x of e.explain) {
        const sentence2 = x.term ? `${x.accepted ? "counted" : "not counted"}: '${clip2(x.term, 40)}' (${listName(x.pattern)})${x.evidence ? `, line ${x.evidence.line}:${x.evidence.column}` : ""}${x.context ? `; ${x.context}` : ""}` : x.context ?? listName(x.pattern);
        out += `${" ".repeat(col + 2)}${x.accepted ? c.green("+") : c.gray("-")} ${wrap3(sentence2, col + 4, col + 4, W)}
`;
      }
    }
    return out;
  };
  const one2 = (r) => {
    const name = safeName(r.source);
    if (r.status === "error") return `${c.bold(name)}
  ${c.red("error")} ${wrap3(r.error?.message ?? "could not be checked", 8, 8, W)}

`;
    if (r.status === "no-device") {
      let nd = `${c.bold(name)}  ${c.gray.bold("NO DEVICE")}
  ${wrap3(r.noDevice?.message ?? "No drug-delivery device was placed or removed in this operation; none of 20700-20705 applies", 2, 2, W)}
`;
      for (const ev of r.noDevice?.evidence ?? []) nd += `    ${c.gray(loc(ev))} ${c.cyan(`"${clip2(ev.text, Math.max(10, W - 4 - loc(ev).length - 3))}"`)}
`;
      for (const w of r.warnings ?? []) nd += `  ${c.yellow("warning:")} ${wrap3(w, 11, 11, W)}
`;
      return `${nd}
`;
    }
    const status = r.status === "pass" ? c.green.bold("PASS") : c.red.bold("FAIL");
    const code = r.code ? `CPT ${r.code}` : "no family code supported (checked against 20702)";
    const oneLine3 = stringWidth(name) + code.length + 8 <= W;
    let out = `${c.bold(name)}${oneLine3 ? "  " : "\n  "}${c.cyan(code)}  ${status}
`;
    for (const w of r.warnings ?? []) out += `  ${c.yellow("warning:")} ${wrap3(w, 11, 11, W)}
`;
    if (ctx.explain && r.frames?.length && !explainedFrames.has(r.source)) {
      explainedFrames.add(r.source);
      r.frames.forEach((f, i) => {
        out += `  ${c.bold(`Device ${i + 1}:`)} ${wrap3(`${f.forms.join(", ")} \u2014 ${f.action === "insert" ? "inserted" : "removed"}, ${f.site === "unspecified" ? "site not stated" : f.site}${f.prefabricated ? ", commercially made" : ""}`, 14, 14, W)}
`;
        for (const [key2, label] of SLOT_NAMES) {
          const evs = f.slots[key2];
          const said = evs.length ? evs.map((ev) => `'${clip2(ev.text, 40)}' (${loc(ev)})`).join(", ") : c.gray("not stated in this device's sentences");
          out += `      ${padWidth(label, 12)} ${wrap3(said, 19, 19, W)}
`;
        }
      });
    }
    const labelWidth = Math.max(MIN_LABEL, ...r.elements.map((e) => stringWidth(e.label)), ...(r.claim?.findings ?? []).map((f) => stringWidth(f.id)));
    const terse = !!ctx.quiet;
    for (const e of r.elements) if (!terse || e.status === "fail" || e.status === "warn") out += element(r, e, labelWidth);
    if (r.claim) {
      out += `  ${c.bold("Claim")} ${r.claim.lines.map((l) => `${l.code}${l.modifiers.map((m) => `-${m}`).join("")}${l.units > 1 ? `x${l.units}` : ""}`).join(", ")}
`;
      const col = 4 + labelWidth + 1;
      for (const f of r.claim.findings) {
        if (terse && f.status === "pass") continue;
        const st = f.status === "pass" ? "pass" : f.status;
        const known = isBaselined(f);
        out += `  ${paint[st](MARK[st])} ${c.bold(padWidth(f.id, labelWidth))} ${known ? `${c.gray("(baselined)")} ` : ""}${wrap3(f.message, col, col + (known ? 12 : 0), W)}
`;
      }
    }
    if (terse) return `${out}
`;
    const devs = r.devices.length ? r.devices.map((d) => `${d.action} ${d.site}${d.evidence[0] ? ` (${loc(d.evidence[0])})` : ""}`).join("; ") : "none found in this operation";
    out += `  ${c.gray("devices:")} ${wrap3(devs, 11, 11, W)}
`;
    out += `  ${c.gray("suggested codes:")} ${r.suggestedCodes.length ? r.suggestedCodes.join(", ") : "none"}
`;
    if (r.noDevice && r.status === "fail") out += `  ${c.gray("no device:")} ${wrap3(r.noDevice.message, 13, 13, W)}
`;
    for (const g of r.guidance ?? []) out += `  ${c.blue("note:")} ${wrap3(`${g.text}${g.source ? ` (source: ${g.source})` : ""}`, 8, 8, W)}
`;
    const fails = r.elements.filter((e) => e.status === "fail").length;
    const warns = r.elements.filter((e) => e.status === "warn").length;
    const passes = r.elements.filter((e) => e.status === "pass").length;
    const baselined = r.elements.filter((e) => (e.status === "fail" || e.status === "warn") && isBaselined(e)).length;
    const claimFails2 = r.claim?.findings.filter((f) => f.status === "fail").length ?? 0;
    const claimWarns = r.claim?.findings.filter((f) => f.status === "warn").length ?? 0;
    let tally = `${passes} passed, ${fails} failed, ${warns} warning${warns === 1 ? "" : "s"}`;
    if (baselined) tally += ` (${baselined} baselined)`;
    if (r.claim) tally += `; claim: ${claimFails2} failed, ${claimWarns} warning${claimWarns === 1 ? "" : "s"}`;
    out += `  ${status} ${tally}
`;
    if (ctx.query && r.query) out += `
  ${c.bold("Query to the surgeon (draft):")}

${r.query.replace(/\n+$/, "")}
`;
    return `${out}
`;
  };
  return {
    // with --explain, one legend first: how to read the lines under each element
    begin: () => {
      if (!ctx.explain || legendShown) return "";
      legendShown = true;
      return `${c.gray(wrap3('--explain: "Device N" lists what the note says about each device of this operation (quotes with line:column). Under each element, + marks a word that counted and - one that did not, with the word list it comes from and why.', 0, 0, W))}

`;
    },
    result(results) {
      notes++;
      let out = "";
      for (const r of results) {
        if (ctx.quiet && (r.status === "pass" || r.status === "no-device")) continue;
        out += one2(r);
      }
      return out;
    },
    end(summary2, extra) {
      let out = "";
      if (notes > 1 && failCounts.size && !ctx.quiet) {
        out += c.bold("Most frequent gaps\n");
        for (const [k, n] of [...failCounts].sort((a, b) => b[1] - a[1]).slice(0, 8)) out += `  ${String(n).padStart(5)}  ${k}
`;
        out += c.bold("Top denial risks\n");
        for (const [k, n] of [...riskCounts].sort((a, b) => b[1] - a[1]).slice(0, 5)) out += `  ${String(n).padStart(5)}  ${wrap3(k, 9, 9, W)}
`;
      }
      const noDevice = summary2.noDevice ?? 0;
      const judged = summary2.checked - noDevice;
      const rate = judged > 0 ? Math.round(100 * summary2.passed / judged) : 0;
      const line = `${summary2.checked} result${summary2.checked === 1 ? "" : "s"} from ${notes} note${notes === 1 ? "" : "s"}: ${summary2.passed} passed, ${summary2.failed} failed, ${noDevice ? `${noDevice} with no device, ` : ""}${summary2.errors} error${summary2.errors === 1 ? "" : "s"} (pass rate ${judged > 0 ? `${rate}%` : "n/a"})`;
      const shownLine = wrap3(line, 2, 0, W);
      out += summary2.failed || summary2.errors ? c.red(shownLine) : c.green(shownLine);
      if (extra?.baselineFixed) out += `
${c.green(`${extra.baselineFixed} baselined failure${extra.baselineFixed === 1 ? "" : "s"} fixed since the baseline`)}`;
      return `${out}
`;
    }
  };
};

// src/format/sarif.ts
init_types2();
import { createHash as createHash4 } from "node:crypto";
import { isAbsolute as isAbsolute5, relative as relative5, resolve as resolve6, sep as sep3 } from "node:path";
import { pathToFileURL as pathToFileURL2 } from "node:url";
var INFORMATION_URI = "https://github.com/oplint/oplint";
var RULES_DOC_URI = `${INFORMATION_URI}/blob/main/docs/rules.md`;
var CLAIM_DOC_URI = `${INFORMATION_URI}/blob/main/README.md#claim-checks`;
var CLAIM_RULES = {
  "addon-without-primary": "A family add-on code is claimed without an eligible primary procedure on the claim.",
  "primary-not-listed": "The primary procedure on the claim is not on the add-on code's list of primaries.",
  "modifier-51-on-addon": "Modifier 51 is on an add-on code; add-on codes are exempt from the multiple-procedure reduction.",
  "site-mismatch": "The claimed family code's site differs from the site the note documents.",
  "code-not-documented": "A claimed family code has no matching device event in the note.",
  "documented-not-claimed": "The note documents a device event whose code is not on the claim.",
  "units-per-site": "More units or lines of a family code than the note documents separate sites for.",
  "removal-only": "A removal add-on is claimed where removal is the only procedure (report 20680 instead).",
  "excluded-pair": "The add-on code is not reported with this primary (its descriptor already includes the device, or an excluded pair)."
};
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_VERSION = "2.1.0";
function ruleId(code, element) {
  return `${code}/${element}`;
}
var WHOLE_NOTE_REGION = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };
function regionOf(ev) {
  if (!ev) return { ...WHOLE_NOTE_REGION };
  const startLine = Math.max(1, Math.trunc(ev.line) || 1);
  const startColumn = Math.max(1, Math.trunc(ev.column) || 1);
  const region = { startLine, startColumn };
  if (ev.text) {
    const lines = ev.text.split(/\r\n|\r|\n/);
    const last = lines[lines.length - 1];
    region.endLine = startLine + lines.length - 1;
    region.endColumn = (lines.length === 1 ? startColumn : 1) + last.length;
  }
  if (region.endLine === void 0 || region.endLine === startLine && region.endColumn <= startColumn) {
    region.endLine = startLine;
    region.endColumn = startColumn + 1;
  }
  return region;
}
function messageText(el) {
  const msg = el.message.trim();
  const parts = [msg && !/[.!?]$/.test(msg) ? `${msg}.` : msg];
  if (el.fix && el.fix.trim()) parts.push(`Fix: ${el.fix.trim()}`);
  const text = parts.filter(Boolean).join(" ") || `${el.label}: ${el.status}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
function fingerprint(path, id, status, evidence) {
  return createHash4("sha256").update(`${path}\0${id}\0${status}\0${evidence}`).digest("hex").slice(0, 32);
}
function pascal(words) {
  return words.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => /^\d/.test(w) ? `Cpt${w}` : w[0].toUpperCase() + w.slice(1)).join("");
}
function artifactOf(source, cwd, root) {
  if (isStdin(source)) return { uri: "stdin" };
  const abs = resolve6(cwd, source);
  const rel = relative5(root, abs);
  const outside = rel === ".." || rel.startsWith(`..${sep3}`);
  if (outside && !/[\\/]/.test(source) && !isAbsolute5(source)) return { uri: pathToUriRef(source) };
  if (rel && !isAbsolute5(rel)) return { uri: pathToUriRef(rel.split(sep3).join("/")), uriBaseId: "SRCROOT" };
  return { uri: pathToFileURL2(abs).href };
}
function folderUri(dir) {
  const href = pathToFileURL2(resolve6(dir)).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function json(value, depth) {
  return JSON.stringify(value, null, 2).replace(/\n/g, "\n" + "  ".repeat(depth));
}
var createSarifFormatter = (ctx) => {
  const rules = /* @__PURE__ */ new Map();
  const notifications = [];
  let written = 0;
  const addRule = (meta) => {
    const id = ruleId(meta.code, meta.element);
    let entry = rules.get(id);
    if (!entry) {
      entry = { meta: { ...meta }, index: rules.size };
      rules.set(id, entry);
    } else {
      if (!entry.meta.help && meta.help) entry.meta.help = meta.help;
      if (!entry.meta.label && meta.label) entry.meta.label = meta.label;
    }
    return entry;
  };
  for (const r of ctx.rules ?? []) addRule(r);
  const ruleFromElement = (code, el) => addRule({
    code,
    element: el.id,
    label: el.label,
    description: "",
    help: el.status === "warn" || el.status === "fail" ? el.fix : ""
  });
  const toDescriptor = ({ meta }) => {
    const isClaim = meta.code === "claim";
    const label = meta.label || meta.element;
    const full = meta.description || (isClaim ? CLAIM_RULES[meta.element] : void 0) || `The operative note documents the ${label.toLowerCase()} required for CPT ${meta.code}.`;
    const fix = meta.help && meta.help !== full ? meta.help : "";
    const helpUri = isClaim ? CLAIM_DOC_URI : `${RULES_DOC_URI}#${meta.code}-${meta.element}`;
    const text = [full, fix && `How to satisfy it: ${fix}`, `Reference: ${helpUri}`].filter(Boolean).join("\n\n");
    const markdown = [
      `**${mdInline(label)}**${isClaim ? " (claim check)" : ` (CPT ${meta.code})`}`,
      mdInline(full),
      fix && `**How to satisfy it:** ${mdInline(fix)}`,
      `[${isClaim ? "Claim checks" : `Rule reference: ${meta.code} ${mdInline(label)}`}](${helpUri})`
    ].filter(Boolean).join("\n\n");
    return {
      id: ruleId(meta.code, meta.element),
      name: isClaim ? `Claim${pascal(meta.element)}` : pascal(`${meta.code} ${meta.element}`),
      shortDescription: { text: isClaim ? `Claim: ${label}` : `${label} (CPT ${meta.code})` },
      fullDescription: { text: full },
      helpUri,
      help: { text, markdown },
      defaultConfiguration: { level: isClaim ? "error" : "error" },
      properties: { tags: ["documentation", isClaim ? "claim" : `cpt-${meta.code}`], ...isClaim ? { finding: meta.element } : { element: meta.element, code: meta.code } }
    };
  };
  const push = (res) => (written++ === 0 ? "\n        " : ",\n        ") + json(res, 4);
  const root = ctx.root ?? ctx.cwd;
  return {
    begin() {
      return `{
  "$schema": ${JSON.stringify(SARIF_SCHEMA)},
  "version": "${SARIF_VERSION}",
  "runs": [
    {
      "results": [`;
    },
    result(results) {
      let out = "";
      for (const r of results) {
        const artifactLocation = artifactOf(r.source, ctx.cwd, root);
        const path = artifactLocation.uri;
        if (r.status === "error") {
          const shown2 = path.startsWith("../") ? resolve6(ctx.cwd, r.source) : path;
          notifications.push({
            level: "error",
            message: { text: sentence(`${shown2}: ${r.error?.message ?? "could not be checked"}`) },
            locations: [{ physicalLocation: { artifactLocation } }]
          });
          continue;
        }
        const code = effectiveCode(r);
        for (const el of r.elements ?? []) {
          const rule = ruleFromElement(code, el);
          if (el.status !== "warn" && el.status !== "fail") continue;
          const id = ruleId(code, el.id);
          const res = {
            ruleId: id,
            ruleIndex: rule.index,
            level: el.status === "fail" ? "error" : "warning",
            message: { text: messageText(el) },
            locations: [{ physicalLocation: { artifactLocation, region: withSnippet(regionOf(el.evidence[0]), el.evidence[0]) } }],
            partialFingerprints: { "oplintElement/v2": fingerprint(path, id, el.status, el.evidence[0]?.text ?? "(missing)") },
            properties: { noteStatus: r.status, code: r.code, denialRisks: el.denialRisks }
          };
          if (el.baselined) res.suppressions = [{ kind: "external", justification: "recorded in the oplint baseline" }];
          out += push(res);
        }
        for (const f of r.claim?.findings ?? []) {
          if (f.status === "pass") continue;
          const rule = addRule({ code: "claim", element: f.id, label: f.id, description: CLAIM_RULES[f.id] ?? "", help: "" });
          const id = ruleId("claim", f.id);
          const res = {
            ruleId: id,
            ruleIndex: rule.index,
            level: f.status === "fail" ? "error" : "warning",
            message: { text: claimText(f, r) },
            locations: [{ physicalLocation: { artifactLocation, region: { ...WHOLE_NOTE_REGION } } }],
            partialFingerprints: { "oplintElement/v2": fingerprint(path, id, f.status, f.codes.join(",")) },
            properties: { noteStatus: r.status, code: r.code, codes: f.codes }
          };
          if (f.baselined) res.suppressions = [{ kind: "external", justification: "recorded in the oplint baseline" }];
          out += push(res);
        }
      }
      return out;
    },
    end(summary2, extra) {
      const driver = {
        name: "oplint",
        version: ctx.version,
        semanticVersion: ctx.version,
        informationUri: INFORMATION_URI,
        rules: [...rules.values()].sort((a, b) => a.index - b.index).map(toDescriptor)
      };
      const invocation = {
        executionSuccessful: notifications.length === 0 && summary2.errors === 0,
        toolExecutionNotifications: notifications
      };
      const runProps = { summary: summary2 };
      if (extra?.baselineFixed !== void 0) runProps.baselineFixed = extra.baselineFixed;
      return (written ? "\n      " : "") + '],\n      "tool": ' + json({ driver }, 3) + ',\n      "invocations": ' + json([invocation], 3) + ',\n      "originalUriBaseIds": ' + json({ SRCROOT: { uri: folderUri(root) } }, 3) + ',\n      "columnKind": "utf16CodeUnits",\n      "properties": ' + json(runProps, 3) + "\n    }\n  ]\n}\n";
    }
  };
};
function claimText(f, r) {
  const lines = r.claim?.lines.map((l) => `${l.code}${l.modifiers.map((m) => `-${m}`).join("")}${l.units > 1 ? `x${l.units}` : ""}`).join(", ");
  const msg = f.message.trim().replace(/[.!?]$/, "");
  return `Claim check ${f.id}: ${msg}${lines ? ` (claim: ${lines})` : ""}.`;
}
function sentence(s) {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function withSnippet(region, ev) {
  return ev?.text ? { ...region, snippet: { text: ev.text } } : region;
}
function mdInline(s) {
  return s.replace(/\r?\n/g, " ").replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

// src/format/index.ts
var REGISTRY = {
  pretty: createPrettyFormatter,
  json: createJsonFormatter,
  jsonl: createJsonlFormatter,
  sarif: createSarifFormatter,
  junit: createJunitFormatter,
  csv: createCsvFormatter,
  markdown: createMarkdownFormatter,
  github: createGithubFormatter,
  html: createHtmlFormatter
};
var FORMAT_NAMES2 = Object.keys(REGISTRY);
function isFormatName(name) {
  return Object.prototype.hasOwnProperty.call(REGISTRY, name);
}
function getFormatter(name) {
  return isFormatName(name) ? REGISTRY[name] : void 0;
}

// src/io/output.ts
import { randomBytes } from "node:crypto";
import { closeSync as closeSync3, createWriteStream, fsyncSync, mkdirSync, openSync as openSync3, realpathSync as realpathSync2, renameSync, statSync as statSync6, unlinkSync } from "node:fs";
import { basename as basename2, dirname as dirname6, join as join5 } from "node:path";
var OutputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "OutputError";
  }
};
var REASONS = {
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EIO: "input/output error",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "is a folder",
  EEXIST: "a part of the path exists and is not a folder",
  ENAMETOOLONG: "name too long",
  EMFILE: "too many open files"
};
function reason(err) {
  const e = err;
  const code = e?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  return code ?? String(e?.message ?? err).split("\n")[0];
}
var pending = /* @__PURE__ */ new Set();
function removePendingOutputs() {
  let n = 0;
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
      n++;
    } catch {
    }
  }
  pending.clear();
  return n;
}
async function openReportFile(target, shown2 = target) {
  const fail = (what, err) => new OutputError(`--output: cannot ${what} ${shown2}: ${reason(err)}`);
  let real = target;
  let direct = false;
  let mode;
  try {
    const st = statSync6(target);
    if (st.isDirectory()) throw new OutputError(`--output: ${shown2} is a folder; name a file`);
    if (st.isFile()) {
      real = realpathSync2(target);
      mode = st.mode & 4095;
    } else direct = true;
  } catch (err) {
    if (err instanceof OutputError) throw err;
    if (err.code !== "ENOENT") throw fail("write", err);
    try {
      mkdirSync(dirname6(target), { recursive: true });
    } catch (e) {
      throw fail("create the folder for", e);
    }
  }
  const tmp = direct ? target : join5(dirname6(real), `.${basename2(real)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let fd;
  try {
    fd = openSync3(tmp, direct ? "w" : "wx", mode ?? 438);
  } catch (err) {
    throw fail("write", err);
  }
  if (!direct) pending.add(tmp);
  const stream = createWriteStream("", { fd, autoClose: false, highWaterMark: 4 * CHUNK_CHARS });
  let error;
  stream.on("error", (err) => {
    error ??= fail("write", err);
  });
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    try {
      closeSync3(fd);
    } catch {
    }
  };
  const removeTmp = () => {
    if (direct) return;
    pending.delete(tmp);
    try {
      unlinkSync(tmp);
    } catch {
    }
  };
  return {
    stream,
    get error() {
      return error;
    },
    async commit() {
      if (!error && !stream.destroyed) {
        await new Promise((res) => {
          stream.once("error", () => res());
          stream.end(() => res());
        });
      }
      if (!error) {
        try {
          if (!direct) fsyncSync(fd);
        } catch (err) {
          error = fail("write", err);
        }
      }
      close();
      if (!error && !direct) {
        try {
          renameSync(tmp, real);
          pending.delete(tmp);
        } catch (err) {
          error = fail("write", err);
        }
      }
      if (error) {
        removeTmp();
        throw error;
      }
    },
    abort() {
      stream.destroy();
      close();
      removeTmp();
    }
  };
}
var CHUNK_CHARS = 64 * 1024;
var FLUSH_MS = 100;
var live = /* @__PURE__ */ new Set();
function flushBufferedOutputs() {
  for (const w of live) w.flush();
}
var ChunkedWriter = class {
  /**
   * @param sink writes one chunk and returns the stream's `write()` answer (false: wait for 'drain').
   * @param opts.onSignal flush this writer when the process is stopped by a signal (see flushBufferedOutputs).
   */
  constructor(sink, opts = {}) {
    this.sink = sink;
    this.opts = opts;
    if (opts.onSignal) live.add(this);
  }
  sink;
  opts;
  parts = [];
  size = 0;
  since = 0;
  timer;
  /** Add text; returns false when a flush it caused was told to wait for 'drain'. */
  write(text) {
    if (!text) return true;
    const now = performance.now();
    if (this.size === 0) {
      this.since = now;
      this.timer ??= setTimeout(() => {
        this.timer = void 0;
        this.flush();
      }, this.opts.interval ?? FLUSH_MS).unref();
    }
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= (this.opts.chunk ?? CHUNK_CHARS) || now - this.since >= (this.opts.interval ?? FLUSH_MS)) return this.flush();
    return true;
  }
  /** Write out what is buffered; returns the stream's answer (true when there was nothing to write). */
  flush() {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = void 0;
    }
    if (this.size === 0) return true;
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    this.size = 0;
    return this.sink(text);
  }
  /** Flush and stop (no timer left behind, no signal flush). */
  close() {
    const ok = this.flush();
    live.delete(this);
    return ok;
  }
  /** Drop what is buffered (the report is being abandoned). */
  discard() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = void 0;
    this.parts = [];
    this.size = 0;
    live.delete(this);
  }
};

// src/cli/jsonl.ts
function jsonlLineCap(maxSize) {
  return maxSize * 6 + 64 * 1024;
}
var LF = 10;
async function* capLines(input, cap) {
  let parts = [];
  let size = 0;
  let over = false;
  let n = 0;
  const finish = () => {
    n++;
    if (over) {
      const line = { n, bytes: size };
      parts = [];
      size = 0;
      over = false;
      return line;
    }
    const buf = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    parts = [];
    const bytes = size;
    size = 0;
    let text = buf.toString("utf8");
    if (text.endsWith("\r")) text = text.slice(0, -1);
    return { n, text, bytes };
  };
  const add = (chunk) => {
    size += chunk.length;
    if (over) return;
    if (size > cap) {
      over = true;
      parts = [];
    } else parts.push(chunk);
  };
  for await (const raw of input) {
    const chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
    let start = 0;
    for (; ; ) {
      const nl3 = chunk.indexOf(LF, start);
      if (nl3 < 0) {
        if (start < chunk.length) add(chunk.subarray(start));
        break;
      }
      add(chunk.subarray(start, nl3));
      yield finish();
      start = nl3 + 1;
    }
  }
  if (size > 0 || parts.length || over) yield finish();
}
async function* jsonlTasks(stdin, maxSize) {
  const cap = jsonlLineCap(maxSize);
  for await (const l of capLines(stdin, cap)) {
    const n = l.n;
    if (l.text === void 0) {
      yield { source: `line ${n}`, error: `line ${n}: line of ${formatSize(l.bytes)} is longer than the ${formatSize(cap)} allowed for --max-size ${formatSize(maxSize)}; not checked` };
      continue;
    }
    const line = n === 1 ? l.text.replace(/^\ufeff/, "") : l.text;
    if (!line.trim()) continue;
    let obj;
    try {
      obj = JSON.parse(line);
    } catch {
      yield { source: `line ${n}`, error: `line ${n}: not valid JSON` };
      continue;
    }
    const o = obj;
    const hasId = typeof o?.id === "string" || typeof o?.id === "number";
    const id = hasId ? String(o.id) : `line ${n}`;
    const where = `line ${n}: `;
    if (typeof o?.text !== "string") yield { source: id, error: `${where}expected {"id": "...", "text": "..."}` };
    else if (!o.text.trim()) yield { source: id, error: `${where}empty note` };
    else yield { source: id, text: o.text };
  }
}

// src/cli/color.ts
function colorWanted({ flag, toFile = false, env: env2, isTTY }) {
  if (flag !== void 0) return flag;
  if (toFile) return false;
  if (env2.NO_COLOR) return false;
  const force = env2.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force !== "false";
  if (!isTTY) return false;
  if (env2.TERM === "dumb") return false;
  return true;
}

// src/cli/globs.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { existsSync as existsSync4, readdirSync as readdirSync3, realpathSync as realpathSync3, statSync as statSync7 } from "node:fs";
import { join as join7, resolve as resolve8 } from "node:path";

// src/cli/ignored.ts
var import_ignore2 = __toESM(require_ignore(), 1);
import { readFileSync as readFileSync9 } from "node:fs";
import { isAbsolute as isAbsolute6, join as join6, relative as relative6, resolve as resolve7, sep as sep4 } from "node:path";
function rulesIn(dir) {
  try {
    return readFileSync9(join6(dir, IGNORE_FILE), "utf8");
  } catch {
    return void 0;
  }
}
var posix = (p) => sep4 === "/" ? p : p.split(sep4).join("/");
var inside = (rel) => rel !== "" && !rel.startsWith("..") && !isAbsolute6(rel);
function isNameIgnored(name, patterns, cwdIn) {
  const cwd = resolve7(cwdIn);
  const abs = resolve7(cwd, name);
  const fromCwd = relative6(cwd, abs);
  if (patterns.length && inside(fromCwd) && (0, import_ignore2.default)().add(patterns).ignores(posix(fromCwd))) return true;
  if (!inside(fromCwd)) return false;
  let dir = cwd;
  const parts = fromCwd.split(sep4).slice(0, -1);
  for (let i = 0; i <= parts.length; i++) {
    const text = rulesIn(dir);
    if (text !== void 0) {
      const rel = relative6(dir, abs);
      if (inside(rel) && (0, import_ignore2.default)().add(text).ignores(posix(rel))) return true;
    }
    if (i < parts.length) dir = join6(dir, parts[i]);
  }
  return false;
}

// src/cli/globs.ts
function expandGlob(arg, opts) {
  if (arg === "-" || !import_picomatch.default.scan(arg).isGlob || existsSync4(resolve8(opts.cwd, arg))) return [arg];
  const { base, glob } = import_picomatch.default.scan(arg);
  const isMatch = (0, import_picomatch.default)(glob, { dot: false });
  const exts = opts.extensions.map((e) => e.toLowerCase());
  const root = resolve8(opts.cwd, base || ".");
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const walk = (dir, rel) => {
    let real;
    try {
      real = realpathSync3(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let names;
    try {
      names = readdirSync3(dir).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const abs = join7(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      let st;
      try {
        st = statSync7(abs);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(abs, r);
      else if (st.isFile() && isMatch(r) && exts.some((e) => name.toLowerCase().endsWith(e) && name.length > e.length)) {
        const shown2 = base ? `${base}/${r}` : r;
        if (!isNameIgnored(shown2, opts.ignore, opts.cwd)) out.push(shown2);
      }
    }
  };
  if (existsSync4(root)) walk(root, "");
  return out.length ? out : [arg];
}

// src/cli/root.ts
import { existsSync as existsSync5 } from "node:fs";
import { dirname as dirname7, join as join8, resolve as resolve9 } from "node:path";
function reportRoot(cwd) {
  let dir = resolve9(cwd);
  for (; ; ) {
    if (existsSync5(join8(dir, ".git"))) return dir;
    const up = dirname7(dir);
    if (up === dir) return resolve9(cwd);
    dir = up;
  }
}

// src/cli/completion.ts
var SHELLS = ["bash", "zsh", "fish"];
var VALUE_CHOICES = {
  "--format": ["pretty", "json", "jsonl", "sarif", "junit", "csv", "markdown", "github", "html"],
  "--code": ["auto", "20700", "20701", "20702", "20703", "20704", "20705"],
  "--fail-on": ["fail", "warn"]
};
function specs(program2) {
  const opt = (o) => ({
    ...o.long ? { long: o.long } : {},
    ...o.short ? { short: o.short } : {},
    takesValue: o.required || o.optional,
    ...o.argChoices ?? (o.long ? VALUE_CHOICES[o.long] : void 0) ? { choices: o.argChoices ?? VALUE_CHOICES[o.long] } : {},
    description: o.description
  });
  const root = { name: "", description: program2.description(), options: program2.options.map(opt) };
  return [root, ...program2.commands.map((c) => ({ name: c.name(), description: c.description(), options: c.options.map(opt) }))];
}
var sq = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
var oneLine2 = (s) => s.replace(/\s+/g, " ").trim();
function bash(program2) {
  const all = specs(program2);
  const cmds = all.slice(1).map((s) => s.name);
  const check7 = all.find((s) => s.name === "check");
  const cases = all.slice(1).map((s) => {
    const words = s.options.flatMap((o) => [o.long, o.short].filter(Boolean)).join(" ");
    return `    ${s.name}) opts=${sq(words)} ;;`;
  }).join("\n");
  const valueCases = all.flatMap((s) => s.options).filter((o) => o.choices && o.long).filter((o, i, a) => a.findIndex((x) => x.long === o.long) === i).map((o) => `    ${[o.long, o.short].filter(Boolean).join("|")}) COMPREPLY=($(compgen -W ${sq(o.choices.join(" "))} -- "$cur")); return ;;`).join("\n");
  const checkWords = check7.options.flatMap((o) => [o.long, o.short].filter(Boolean)).join(" ");
  return `# bash completion for oplint (generated by: oplint completion bash)
_oplint() {
  local cur prev cmd opts i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${valueCases}
  esac
  cmd=check
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${cmds.join("|")}) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$cmd" in
${cases}
    *) opts=${sq(checkWords)} ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [[ "$cmd" == check && $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W ${sq(cmds.join(" "))} -- "$cur") $(compgen -f -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -o bashdefault -F _oplint oplint
`;
}
function zsh(program2) {
  const all = specs(program2);
  const esc6 = (s) => oneLine2(s).replace(/[[\]:'\\]/g, (c) => `\\${c}`);
  const optLines = (s) => s.options.map((o) => {
    const names = [o.short, o.long].filter(Boolean);
    const value = o.takesValue ? `:value:${o.choices ? `(${o.choices.join(" ")})` : "_files"}` : "";
    const head = names.length > 1 ? `'(${names.join(" ")})'{${names.join(",")}}` : `'${names[0]}`;
    return names.length > 1 ? `    ${head}'[${esc6(o.description)}]${value}'` : `    ${head}[${esc6(o.description)}]${value}'`;
  }).join(" \\\n");
  const fns = all.slice(1).map((s) => `_oplint_${s.name.replace(/\W/g, "_")}() {
  _arguments -s \\
${optLines(s) || "    '*: :'"} \\
    '*:file:_files'
}`).join("\n\n");
  const cmdList = all.slice(1).map((s) => `    '${s.name}:${esc6(s.description)}'`).join("\n");
  return `#compdef oplint
# zsh completion for oplint (generated by: oplint completion zsh)
${fns}

_oplint() {
  local -a commands
  commands=(
${cmdList}
  )
  if (( CURRENT == 2 )) && [[ $words[2] != -* ]]; then
    _describe -t commands 'oplint command' commands
    _files
    return
  fi
  local cmd=$words[2]
  if (( \${+functions[_oplint_$cmd]} )); then
    shift words; (( CURRENT-- ))
    _oplint_$cmd
  else
    _oplint_check
  fi
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _oplint "$@"; else compdef _oplint oplint; fi
`;
}
function fish(program2) {
  const all = specs(program2);
  const cmds = all.slice(1).map((s) => s.name);
  const lines = [`# fish completion for oplint (generated by: oplint completion fish)`, `complete -c oplint -f`];
  for (const s of all.slice(1)) {
    lines.push(`complete -c oplint -n 'not __fish_seen_subcommand_from ${cmds.join(" ")}' -a ${s.name} -d ${sq(oneLine2(s.description))}`);
  }
  for (const s of all.slice(1)) {
    const cond = s.name === "check" ? `not __fish_seen_subcommand_from ${cmds.filter((c) => c !== "check").join(" ")}` : `__fish_seen_subcommand_from ${s.name}`;
    for (const o of s.options) {
      const parts = [`complete -c oplint -n ${sq(cond)}`];
      if (o.long) parts.push(`-l ${o.long.replace(/^--/, "")}`);
      if (o.short) parts.push(`-s ${o.short.replace(/^-/, "")}`);
      if (o.takesValue) parts.push(o.choices ? `-x -a ${sq(o.choices.join(" "))}` : "-r -F");
      parts.push(`-d ${sq(oneLine2(o.description))}`);
      lines.push(parts.join(" "));
    }
  }
  lines.push(`complete -c oplint -n 'not __fish_seen_subcommand_from ${cmds.filter((c) => c !== "check").join(" ")}' -F`);
  return lines.join("\n") + "\n";
}
function completionScript(shell, program2) {
  return shell === "bash" ? bash(program2) : shell === "zsh" ? zsh(program2) : fish(program2);
}

// src/serve/command.ts
import { spawn } from "node:child_process";

// src/serve/server.ts
import { createServer } from "node:http";
import { isIP } from "node:net";

// src/serve/page.ts
function resultFragment(results, text) {
  const surgeon = results.find((r2) => r2.surgeon)?.surgeon;
  const r = renderNote({ index: 1, results, text, label: "Pasted note", ...surgeon ? { surgeon } : {} });
  return `<section class="notes" aria-labelledby="res-h"><h2 id="res-h">Result</h2>${r.head} open${r.tail}</section>`;
}
function errorFragment(message) {
  return `<p class="alert" role="alert">${esc5(message)}</p>`;
}
function fullPage(o) {
  const v = o.values ?? { text: "", code: "auto", claim: "" };
  const codes = ["auto", ...FAMILY].map((c) => `<option value="${c}"${c === v.code ? " selected" : ""}>${c === "auto" ? "auto (from the note)" : c}</option>`).join("");
  const body = `<header class="top" role="banner"><h1>oplint: check an operative note</h1><p class="muted">CPT 20700\u201320705 drug-delivery device documentation. The note is checked by the oplint server on this computer (version ${esc5(o.version)}); nothing is sent elsewhere, logged or stored.</p></header><main id="main"><form class="paste" id="check-form" method="post" action="/check" aria-describedby="status"><label for="text">Operative note</label><textarea id="text" name="text" required spellcheck="false" placeholder="Paste the operative note here">${esc5(v.text)}</textarea><div class="opts"><label>Code<select name="code" id="code">${codes}</select></label><label>Claim lines (optional)<input type="text" name="claim" id="claim" value="${esc5(v.claim)}" placeholder="27640,20702" size="24" autocomplete="off"></label><button type="submit" class="primary">Check</button></div></form><p id="status" role="status" class="muted"></p><div id="result" aria-live="polite">${o.result ?? ""}</div></main><footer class="bottom" role="contentinfo">oplint ${esc5(o.version)} \xB7 POST /api/check with {"text": "..."} returns JSON contract v1.</footer>`;
  return page({ title: "oplint: check a note", body, referrer: "same-origin" });
}

// src/serve/server.ts
var DEFAULT_PORT = 7020;
var DEFAULT_HOST = "127.0.0.1";
function isLoopback(host) {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127(?:\.\d{1,3}){3}$/.test(h) || h === "::ffff:127.0.0.1";
}
var HttpError = class extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
  status;
  headers;
};
var PAGE_CSP = `${csp({ connectSelf: true, formSelf: true })}; frame-ancestors 'none'`;
var API_CSP = "default-src 'none'; frame-ancestors 'none'";
function baseHeaders(res, type, policy) {
  res.setHeader("Content-Type", type);
  res.setHeader("Content-Security-Policy", policy);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
}
function send(res, status, type, body, policy = API_CSP, extra = {}) {
  baseHeaders(res, type, policy);
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
  res.statusCode = status;
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.end(body);
}
function readBody(req2, max) {
  const declared = Number(req2.headers["content-length"]);
  if (Number.isFinite(declared) && declared > max) return Promise.reject(new HttpError(413, `request body is over the ${max} byte limit (--max-size)`, { Connection: "close" }));
  return new Promise((resolve10, reject) => {
    const chunks = [];
    let size = 0;
    let over = false;
    req2.on("data", (c) => {
      if (over) return;
      size += c.length;
      if (size > max) {
        over = true;
        reject(new HttpError(413, `request body is over the ${max} byte limit (--max-size)`, { Connection: "close" }));
        return;
      }
      chunks.push(c);
    });
    req2.on("end", () => {
      if (!over) resolve10(Buffer.concat(chunks).toString("utf8"));
    });
    req2.on("error", () => reject(new HttpError(400, "the request body could not be read")));
  });
}
function mediaType(req2) {
  return String(req2.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
}
async function check6(text, o, opts) {
  const code = o.code || opts.defaultCode || "auto";
  try {
    validateCode(code);
    if (o.claim) parseClaim(o.claim);
  } catch (err) {
    throw new HttpError(400, err.message.split("\n")[0]);
  }
  const co = {
    code,
    query: !!o.query,
    explain: false,
    patternDirs: opts.patternDirs ?? [],
    ...opts.elements && Object.keys(opts.elements).length ? { elements: opts.elements } : {},
    ...o.claim ? { claim: o.claim } : {}
  };
  try {
    return await executeTask({ source: "-", text }, checkNoteAll, co, opts.maxSize);
  } catch {
    throw new HttpError(500, "internal error while checking the note");
  }
}
function contractJson(results, version) {
  const f = createJsonFormatter({ color: false, explain: false, cwd: process.cwd(), version });
  const summary2 = { checked: 0, passed: 0, failed: 0, errors: 0 };
  for (const r of results) {
    summary2.checked++;
    const st = String(r.status);
    if (st === "error") summary2.errors++;
    else if (st === "fail") summary2.failed++;
    else if (st === "no-device") summary2.noDevice = (summary2.noDevice ?? 0) + 1;
    else summary2.passed++;
  }
  return f.begin() + f.result(results) + f.end(summary2);
}
function parseApiBody(raw) {
  let body;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new HttpError(400, "the request body is not valid JSON");
  }
  const o = body;
  if (!o || typeof o !== "object" || Array.isArray(o)) throw new HttpError(400, 'expected a JSON object {"text": "...", "code"?: "auto", "claim"?: "..."}');
  if (typeof o.text !== "string") throw new HttpError(400, '"text" must be a string holding the note');
  if (o.code !== void 0 && typeof o.code !== "string") throw new HttpError(400, '"code" must be "auto" or one of 20700-20705');
  if (o.claim !== void 0 && typeof o.claim !== "string") throw new HttpError(400, '"claim" must be a string such as "27640,20702"');
  if (o.query !== void 0 && typeof o.query !== "boolean") throw new HttpError(400, '"query" must be true or false');
  return { text: o.text, ...o.code ? { code: o.code } : {}, ...o.claim ? { claim: o.claim } : {}, ...o.query ? { query: true } : {} };
}
function createHandler(opts, port) {
  return async (req2, res) => {
    const url = new URL(req2.url ?? "/", "http://localhost");
    const path = url.pathname;
    const wantsJson = path.startsWith("/api/");
    const fail = (e) => {
      if (wantsJson) send(res, e.status, "application/json; charset=utf-8", `${JSON.stringify({ error: e.message })}
`, API_CSP, e.headers);
      else send(res, e.status, "text/plain; charset=utf-8", `oplint: ${e.message}
`, API_CSP, e.headers);
    };
    try {
      const host = String(req2.headers.host ?? "").toLowerCase();
      const p = port();
      const allowed = /* @__PURE__ */ new Set([`127.0.0.1:${p}`, `localhost:${p}`, `[::1]:${p}`]);
      if (opts.host) allowed.add(`${opts.host.includes(":") ? `[${opts.host}]` : opts.host}:${p}`.toLowerCase());
      const hostName = host.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
      const ok = allowed.has(host) || !!opts.allowRemote && host.endsWith(`:${p}`) && isIP(hostName) !== 0;
      if (!ok) throw new HttpError(403, "forbidden: the Host header does not name this server");
      const origin = req2.headers.origin;
      if (origin !== void 0 && origin !== `http://${host}`) throw new HttpError(403, "forbidden: cross-origin request");
      if (req2.headers["sec-fetch-site"] === "cross-site") throw new HttpError(403, "forbidden: cross-site request");
      if (path === "/") {
        if (req2.method !== "GET" && req2.method !== "HEAD") throw new HttpError(405, "method not allowed: use GET", { Allow: "GET, HEAD" });
        const html = fullPage({ version: opts.version, values: { text: "", code: opts.defaultCode ?? "auto", claim: "" } });
        if (req2.method === "HEAD") {
          baseHeaders(res, "text/html; charset=utf-8", PAGE_CSP);
          res.setHeader("Content-Length", Buffer.byteLength(html));
          res.end();
        } else send(res, 200, "text/html; charset=utf-8", html, PAGE_CSP);
        return;
      }
      if (path === "/api/check") {
        if (req2.method !== "POST") throw new HttpError(405, "method not allowed: use POST", { Allow: "POST" });
        if (mediaType(req2) !== "application/json") throw new HttpError(415, "send the note as JSON (Content-Type: application/json)");
        const body = parseApiBody(await readBody(req2, opts.maxSize));
        const results = await check6(body.text, body, opts);
        send(res, 200, "application/json; charset=utf-8", contractJson(results, opts.version));
        return;
      }
      if (path === "/check") {
        if (req2.method !== "POST") throw new HttpError(405, "method not allowed: use POST", { Allow: "POST" });
        if (mediaType(req2) !== "application/x-www-form-urlencoded") throw new HttpError(415, "send the form (application/x-www-form-urlencoded)");
        const form = new URLSearchParams(await readBody(req2, opts.maxSize));
        const values = { text: form.get("text") ?? "", code: form.get("code") || opts.defaultCode || "auto", claim: (form.get("claim") ?? "").trim() };
        const fragment = url.searchParams.get("fragment") === "1";
        let result;
        let status = 200;
        try {
          result = resultFragment(await check6(values.text, { code: values.code, claim: values.claim, query: true }, opts), values.text);
        } catch (err) {
          if (!(err instanceof HttpError) || err.status !== 400) throw err;
          status = 400;
          result = errorFragment(err.message);
        }
        if (fragment) send(res, status, "text/html; charset=utf-8", result, PAGE_CSP);
        else send(res, status, "text/html; charset=utf-8", fullPage({ version: opts.version, values, result }), PAGE_CSP);
        return;
      }
      throw new HttpError(404, "not found");
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      fail(err instanceof HttpError ? err : new HttpError(500, "internal error"));
      if (err instanceof HttpError && err.status === 413) res.once("finish", () => req2.destroy());
    }
  };
}
async function startServer(opts) {
  const host = opts.host ?? DEFAULT_HOST;
  let port = opts.port ?? DEFAULT_PORT;
  const server = createServer({ requestTimeout: 6e4, headersTimeout: 3e4 });
  const handler = createHandler({ ...opts, host }, () => port);
  server.on("request", (req2, res) => void handler(req2, res));
  server.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    else socket.destroy();
  });
  await new Promise((resolve10, reject) => {
    const onError = (e) => {
      const why = e.code === "EADDRINUSE" ? `port ${port} is in use; pick another with --port (0 picks a free one)` : e.code === "EACCES" ? `not allowed to listen on port ${port}` : e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND" ? `cannot listen on ${host}: no such address on this computer` : `cannot listen on ${host}:${port} (${e.code ?? e.message})`;
      const err = new Error(why);
      err.name = "UsageError";
      reject(err);
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve10();
    });
  });
  port = server.address().port;
  const shown2 = host.includes(":") ? `[${host}]` : host;
  return {
    server,
    host,
    port,
    url: `http://${shown2}:${port}/`,
    close: () => new Promise((resolve10) => {
      server.close(() => resolve10());
      server.closeAllConnections();
    })
  };
}

// src/serve/command.ts
var collect2 = (value, previous) => [...previous ?? [], value];
function parsePort(v) {
  if (v === void 0) return DEFAULT_PORT;
  if (!/^\d+$/.test(v.trim()) || Number(v) > 65535) throw new UsageError(`--port: '${v}' is not a port (0-65535; 0 picks a free one)`);
  return Number(v);
}
function openBrowser(url, io) {
  const [cmd, args] = process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", '""', url]] : ["xdg-open", [url]];
  try {
    const child2 = spawn(cmd, args, { stdio: "ignore", detached: true, windowsHide: true });
    child2.on("error", () => io.stderr.write(`oplint: could not open a browser; open ${url}
`));
    child2.unref();
  } catch {
    io.stderr.write(`oplint: could not open a browser; open ${url}
`);
  }
}
async function runServe(flags, io, stop) {
  const port = parsePort(flags.port);
  const host = (flags.host ?? DEFAULT_HOST).trim();
  if (!host) throw new UsageError("--host: give an address, e.g. 127.0.0.1");
  if (!isLoopback(host) && !flags.allowRemote) {
    throw new UsageError(`--host ${host} is not a loopback address; add --allow-remote to let other machines reach the page (and the notes pasted into it)`);
  }
  const loaded = loadConfig({ cwd: io.cwd, ...flags.config ? { explicit: flags.config } : {}, env: io.env });
  const given = new Set(["patterns", "maxSize"].filter((k) => flags[k] !== void 0));
  const opts = mergeOptions(loaded?.config, { ...flags.patterns ? { patterns: flags.patterns } : {}, ...flags.maxSize !== void 0 ? { maxSize: flags.maxSize } : {} }, given, io.cwd);
  checkPatternDirs(opts.patterns);
  loadFamily(opts.patterns);
  const running = await startServer({
    host,
    port,
    maxSize: opts.maxSize,
    allowRemote: !!flags.allowRemote,
    patternDirs: opts.patterns,
    elements: opts.elements,
    defaultCode: opts.code,
    version: VERSION
  });
  if (!isLoopback(host)) {
    io.stderr.write(`oplint: warning: serving on ${host}, reachable from other machines; notes pasted there travel over the network unencrypted
`);
  }
  io.stdout.write(`oplint: serving on ${running.url}
`);
  if (flags.open) openBrowser(running.url, io);
  await new Promise((resolve10) => {
    if (stop) {
      if (stop.aborted) resolve10();
      else stop.addEventListener("abort", () => resolve10(), { once: true });
      return;
    }
    const onSignal = () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      resolve10();
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
  await running.close();
  return 0;
}
function registerServe(program2, io, done) {
  program2.command("serve").description("serve a paste-and-check page on this computer (http://127.0.0.1:7020/)").option("--port <n>", `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`).option("--host <address>", `address to bind (default ${DEFAULT_HOST}; others need --allow-remote)`).option("--allow-remote", "allow a --host that other machines can reach (prints a warning)").option("--open", "open the page in the default browser").option("--max-size <size>", "largest request accepted, e.g. 5MB (default: 5MB)").option("--patterns <dir>", "extra pattern directory searched before the shipped ones (repeatable)", collect2).option("-c, --config <file>", "config file (default: found upward as for oplint check)").action(async (flags) => {
    done(await runServe(flags, io));
  });
}

// src/cli.ts
function removePendingOutputs2() {
  try {
    flushBufferedOutputs();
  } catch {
  }
  return removePendingOutputs();
}
var WORKER_FILES = {
  workerUrl: new URL("./batch/worker.js", import.meta.url),
  checkModule: new URL("./check.js", import.meta.url)
};
var IN_PROCESS_BELOW = 200;
var WORKERS_WORTH_SECONDS = 2;
var USER_ERRORS = /* @__PURE__ */ new Set([
  "UsageError",
  "PackError",
  "ConfigError",
  "OptionError",
  "ClaimSyntaxError",
  "AocFileError",
  "BaselineError",
  "UnknownCodeError",
  "OutputError"
]);
var EXAMPLES = `
Examples:
  $ oplint samples/                         check every note in a folder
  $ oplint note.txt --format json           JSON contract (schema 2) for other tools
  $ oplint notes/ --format html -o report.html   one self-contained report to open anywhere
  $ oplint serve                            paste-and-check page on http://127.0.0.1:7020/
  $ pbpaste | oplint                        check a pasted note (or run oplint and paste)
  $ oplint note.txt --claim 27640,20702     check the claim lines against the note
  $ oplint notes/ --format sarif -o oplint.sarif   report for GitHub code scanning
  $ oplint notes/ --write-baseline .oplint-baseline.json   adopt on a legacy folder
  $ oplint explain 20702                    what a code means and what the note must show

Exit codes: 0 every note passes (or places no device), 1 at least one note fails, 2 usage error, invalid
pattern pack or config, or an input that could not be read.
Every option of the checker: oplint check --help`;
function colorWanted2(flag, io, toFile) {
  return colorWanted({ flag, toFile, env: io.env, isTTY: io.stdout.isTTY });
}
async function write(stream, text) {
  if (!text) return;
  if (!stream.write(text)) await drained(stream);
}
async function drained(stream) {
  if (stream.destroyed) return;
  const ac = new AbortController();
  await Promise.race([
    once(stream, "drain", { signal: ac.signal }),
    once(stream, "close", { signal: ac.signal }),
    once(stream, "error", { signal: ac.signal })
  ]).catch(() => void 0);
  ac.abort();
}
var collect3 = (value, previous) => [...previous ?? [], value];
var INFO_FORMATS = ["pretty", "json"];
function isIsoDay(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
function rulesOf(packs) {
  const fill2 = (t, p) => t.replace(/\{code\}/g, p.code).replace(/\{siteLabel\}/g, p.siteLabel).replace(/\{siteExample\}/g, p.siteExample);
  return packs.flatMap((p) => p.elements.map((e) => ({ code: p.code, element: e.id, label: e.label, description: fill2(e.description, p), help: fill2(e.fix, p) })));
}
function printedConfig(loaded, opts, io, file) {
  const shownFile = loaded ? relative7(io.cwd, loaded.file).startsWith("..") ? loaded.file : relative7(io.cwd, loaded.file) : null;
  const out = {
    configFile: shownFile,
    code: opts.code,
    format: opts.format,
    extensions: opts.extensions,
    ignore: opts.ignore,
    patterns: opts.patterns,
    elements: opts.elements,
    failOn: opts.failOn,
    maxSize: opts.maxSize,
    jobs: opts.jobs
  };
  if (file !== void 0) {
    out.file = file;
    out.ignored = isNameIgnored(file, opts.ignore, io.cwd);
  }
  return `${JSON.stringify(out, null, 2)}
`;
}
function expandPaths(paths, opts, cwd) {
  return paths.flatMap((p) => expandGlob(p, { cwd, extensions: opts.extensions, ignore: opts.ignore }));
}
async function runCheck(paths, flags, given, io) {
  const early = {};
  try {
    return await checkPaths(paths, flags, given, io, early);
  } finally {
    await early.workers?.close();
  }
}
async function checkPaths(paths, flags, given, io, early) {
  const loaded = loadConfig({ cwd: io.cwd, ...flags.config ? { explicit: flags.config } : {}, env: io.env });
  if (flags.stdinJsonl && paths.length) throw new UsageError(`--stdin-jsonl reads notes from stdin only; remove the path${paths.length === 1 ? "" : "s"} ${paths.join(" ")}`);
  const opts = mergeOptions(loaded?.config, flags, given, io.cwd);
  const jobsGiven = given.has("jobs") || loaded?.config.jobs !== void 0;
  checkPatternDirs(opts.patterns, checkConfigPatternDirs(loaded, io.cwd));
  if (flags.stdinJsonl && !given.has("format") && !loaded?.config.format) opts.format = "jsonl";
  let maxWarnings;
  if (flags.maxWarnings !== void 0) {
    if (!/^\s*\d+\s*$/.test(flags.maxWarnings)) throw new UsageError(`--max-warnings: "${flags.maxWarnings}" must be a whole number (0 or more)`);
    maxWarnings = Number(flags.maxWarnings);
  }
  const packs = loadFamily(opts.patterns);
  checkElementIds(loaded, packs.flatMap((p) => p.elements.map((e) => e.id)), io.cwd);
  if (flags.printConfig !== void 0) {
    const file2 = typeof flags.printConfig === "string" ? flags.printConfig : paths.length === 1 ? paths[0] : void 0;
    await write(io.stdout, printedConfig(loaded, opts, io, file2));
    return 0;
  }
  if (flags.claim) parseClaim(flags.claim);
  const fromCwd = (p) => resolvePath(io.cwd) === process.cwd() ? p : resolvePath(io.cwd, p);
  const aocFile = flags.aocFile ? fromCwd(flags.aocFile) : void 0;
  if (aocFile) loadAocFile(aocFile);
  if (flags.asOf !== void 0 && !isIsoDay(flags.asOf)) throw new UsageError(`--as-of: '${flags.asOf}' is not a date (YYYY-MM-DD)`);
  const baseline = flags.baseline ? new BaselineFilter(readBaseline(flags.baseline, io.cwd), { cwd: io.cwd, failOn: opts.failOn }) : void 0;
  const recorder = flags.writeBaseline ? new BaselineRecorder({ cwd: io.cwd, failOn: opts.failOn }) : void 0;
  const outputPath = flags.output ? resolvePath(io.cwd, flags.output) : void 0;
  const tasks = [];
  let stream;
  const stdinSource = flags.stdinFilename ?? "-";
  const readStdinTask = async () => {
    if (io.stdin.isTTY) io.stderr.write("Paste the operative note, then press Ctrl-D\n");
    const r = await readStdinBytes(io.stdin, { maxSize: opts.maxSize });
    return r.ok ? { source: stdinSource, data: r.bytes } : { source: stdinSource, error: r.message };
  };
  const stdinIgnored = () => {
    if (flags.stdinFilename === void 0 || !isNameIgnored(flags.stdinFilename, opts.ignore, io.cwd)) return false;
    io.stderr.write(`oplint: ${flags.stdinFilename} is ignored by an ignore rule; not checked
`);
    return true;
  };
  if (flags.stdinJsonl) stream = jsonlTasks(io.stdin, opts.maxSize);
  else if (paths.length === 0) {
    if (!stdinIgnored()) tasks.push(await readStdinTask());
  } else {
    const named = expandPaths(paths, opts, io.cwd);
    const prestartAt = jobsGiven ? IN_PROCESS_BELOW : Math.ceil(WORKERS_WORTH_SECONDS * 1e3 / ASSUMED_NOTE_MS);
    const explicit = new Set(named);
    for (const item of discover(named, { extensions: opts.extensions, ignore: opts.ignore, cwd: io.cwd })) {
      if (item.kind === "file") {
        if (outputPath && resolvePath(io.cwd, item.path) === outputPath) {
          if (paths.some((p) => resolvePath(io.cwd, p) === outputPath)) throw new UsageError(`--output: ${flags.output} is one of the notes to check; write the report elsewhere`);
          continue;
        }
        const at = fromCwd(item.path);
        const regular = !explicit.has(item.path);
        tasks.push(at === item.path ? { path: at, regular } : { path: at, source: item.path, regular });
        if (tasks.length === prestartAt && opts.jobs > 1) early.workers = prestartWorkers({ jobs: opts.jobs, checkFn: checkNoteAll, ...WORKER_FILES });
      } else if (item.kind === "stdin") {
        if (!stdinIgnored()) tasks.push(await readStdinTask());
      } else if (item.kind === "error") tasks.push({ source: item.path, error: item.message });
      else if (item.kind === "ignored") io.stderr.write(`oplint: ${item.path} is ignored by an ignore rule; not checked
`);
      else if (item.kind === "skipped") io.stderr.write(`oplint: ${item.path}: ${item.message}
`);
    }
  }
  const toFile = !!flags.output;
  const color = colorWanted2(flags.color, io, toFile) && opts.format === "pretty";
  const factory = getFormatter(opts.format);
  if (!factory) throw new UsageError(`--format: unknown format '${opts.format}'`);
  const columns = io.stdout.columns;
  const formatContext = {
    color,
    explain: !!flags.explain,
    cwd: io.cwd,
    root: reportRoot(io.cwd),
    version: VERSION,
    query: !!flags.query,
    quiet: !!flags.quiet,
    rules: rulesOf(packs),
    junitFile: flags.junitFile !== false,
    // wrap at the terminal's width; a file or pipe gets 80 columns
    width: !toFile && io.stdout.isTTY && columns && columns >= 40 ? columns : 80
  };
  const formatter = factory(formatContext);
  let out = io.stdout;
  let file;
  if (flags.output) {
    file = await openReportFile(outputPath, flags.output);
    out = file.stream;
  }
  const checkOptions = {
    code: opts.code,
    explain: !!flags.explain,
    query: !!flags.query,
    patternDirs: opts.patterns,
    elements: opts.elements,
    ...flags.claim ? { claim: flags.claim } : {},
    ...aocFile ? { aocFile } : {},
    ...flags.asOf ? { asOf: flags.asOf } : {},
    // the HTML report shows each note with its evidence highlighted; no other format receives the text
    ...opts.format === "html" ? { withText: true } : {}
  };
  const progress = createProgress({
    enabled: shouldShowProgress({ isTTY: !!io.stderr.isTTY, env: io.env, flag: flags.progress, ...stream ? {} : { count: tasks.length } }),
    ...stream ? {} : { total: tasks.length },
    stream: io.stderr
  });
  const summary2 = { checked: 0, passed: 0, failed: 0, errors: 0 };
  const errorsToStderr = toFile || opts.format !== "pretty";
  let gateFailed = false;
  let inputErrors = 0;
  let warnings = 0;
  const fileError = () => {
    if (file?.error) throw file.error;
  };
  const writer = new ChunkedWriter(
    (text) => {
      let flowing = true;
      progress.interrupt(() => void (flowing = out.write(text)));
      return flowing;
    },
    { onSignal: !file }
  );
  const count = (d) => {
    summary2.checked++;
    if (d.status === "error") {
      summary2.errors++;
      inputErrors++;
      if (errorsToStderr) {
        const msg = d.error ?? "could not be checked";
        writer.flush();
        progress.interrupt(() => void io.stderr.write(`oplint: ${msg.startsWith(`${d.source}:`) ? msg : `${d.source}: ${msg}`}
`));
      }
    } else if (d.status === "fail") summary2.failed++;
    else if (d.status === "no-device") summary2.noDevice = (summary2.noDevice ?? 0) + 1;
    else summary2.passed++;
    if (d.gate) gateFailed = true;
    warnings += d.warnings;
  };
  const wrote = async (flowing) => {
    progress.tick();
    fileError();
    if (!flowing) await drained(out);
    fileError();
  };
  const batchOptions = {
    jobs: opts.jobs,
    checkOptions,
    maxSize: opts.maxSize,
    checkFn: checkNoteAll,
    ...WORKER_FILES,
    inProcessBelow: IN_PROCESS_BELOW,
    ...jobsGiven ? {} : { workersWorthSeconds: WORKERS_WORTH_SECONDS },
    prestarted: early.workers
  };
  const quiet = !!flags.quiet && opts.format !== "pretty";
  try {
    await write(out, formatter.begin());
    if (isRenderFormat(opts.format) && !baseline && !recorder) {
      const render2 = { format: opts.format, ctx: formatContext, quiet, failOn: opts.failOn };
      for await (const note2 of renderBatch(stream ?? tasks, { ...batchOptions, render: render2, renderFn: makeRenderer(formatter, render2) })) {
        for (const d of note2.digest) count(d);
        await wrote(writer.write(note2.text));
      }
    } else {
      for await (let results of runBatch(stream ?? tasks, batchOptions)) {
        if (baseline) results = results.map((r) => baseline.apply(r));
        recorder?.add(results);
        for (const r of results) count(digestOf(r, opts.failOn));
        const shown2 = quiet ? results.filter((r) => r.status !== "pass") : results;
        await wrote(writer.write(shown2.length ? formatter.result(shown2) : ""));
      }
    }
    const flowing = writer.close();
    progress.stop();
    if (!flowing) await drained(out);
    fileError();
    await write(out, formatter.end(summary2, baseline ? { baselineFixed: baseline.fixedCount() } : {}));
    fileError();
    if (file) await file.commit();
  } catch (err) {
    if (file) writer.discard();
    else {
      try {
        writer.close();
      } catch {
      }
    }
    file?.abort();
    throw err;
  } finally {
    writer.discard();
    progress.stop();
  }
  if (recorder && flags.writeBaseline) {
    writeBaseline(flags.writeBaseline, recorder.toBaseline(), io.cwd);
    io.stderr.write(`oplint: wrote ${recorder.size} baselined failure${recorder.size === 1 ? "" : "s"} to ${flags.writeBaseline}
`);
    return inputErrors ? 2 : 0;
  }
  if (inputErrors) return 2;
  if (gateFailed) return 1;
  if (maxWarnings !== void 0 && warnings > maxWarnings) {
    io.stderr.write(`oplint: ${warnings} warning${warnings === 1 ? "" : "s"} (more than --max-warnings ${maxWarnings})
`);
    return 1;
  }
  return 0;
}
function checkInfoFormat(format) {
  if (!INFO_FORMATS.includes(format)) throw new UsageError(`--format: "${format}" must be one of ${INFO_FORMATS.map((f) => `"${f}"`).join(", ")}`);
}
function buildProgram(io, done) {
  const program2 = new Command();
  program2.name("oplint").description("Check operative notes for what auditors need to pay CPT 20700-20705 drug-delivery device codes.").version(VERSION, "-V, --version").configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) }).exitOverride().showHelpAfterError("(run oplint --help for usage)").addHelpText("after", EXAMPLES);
  const check7 = program2.command("check", { isDefault: true }).description("check notes (files, folders, - for stdin; stdin when no path is given)").argument("[paths...]", "files or folders of notes; - reads stdin").addOption(new Option("--code <code>", "code to check: auto or 20700-20705 (default: auto)")).addOption(new Option("-f, --format <format>", "pretty, json, jsonl, sarif, junit, csv, markdown, github or html (default: pretty)")).option("-o, --output <file>", "write the report to a file").option("--color", "force colour").option("--no-color", "no colour (also NO_COLOR=1)").option("-q, --quiet", "report failing notes only").option("--explain", "show which pattern, term and context decided each element").option("--query", "draft a compliant physician query for each gap").option("--claim <lines>", 'claim lines to check, e.g. "27506,20702,20700-51" (code, -modifiers, xUnits)').option("--aoc-file <path>", "CMS NCCI add-on code edit file (CSV, TSV or text); overrides shipped primary lists").option("--as-of <date>", "date the AOC file rows are judged on (default: today)").option("--ext <exts>", "extensions scanned in folders, comma-separated or repeated (default: .txt,.text,.md,.rtf,.pdf,.docx,.html,.htm,.hl7,.json,.xml)", collect3).option("--ignore <glob>", "ignore files matching a gitignore-style glob (repeatable)", collect3).option("--patterns <dir>", "extra pattern directory searched before the shipped ones (repeatable)", collect3).option("-c, --config <file>", 'config file (default: .oplintrc.json/.yaml or package.json "oplint", found upward)').option("-j, --jobs <n>", "checking threads (default: one per core but one, at least 1)").option("--max-size <size>", "largest note accepted, e.g. 5MB (default: 5MB)").option("--no-progress", "no progress bar (also off when CI is set or stderr is not a terminal)").option("--fail-on <level>", "fail (default) or warn: what fails the run").option("--baseline <file>", "report and fail on failures not in this baseline only").option("--write-baseline <file>", "record today's failures as the baseline and exit 0").option("--stdin-jsonl", 'read {"id","text"} lines from stdin; write jsonl results').option("--stdin-filename <name>", "name to report for stdin").option("--max-warnings <n>", "fail (exit 1) when there are more than n warnings").option("--print-config [file]", "print the effective settings (config file and flags merged) as JSON and exit").option("--no-junit-file", "junit: leave out the non-standard file attribute (strict JUnit XSD consumers)").option("--debug", "print stack traces for internal errors").addHelpText("after", EXAMPLES).action(async (paths, flags, cmd) => {
    const given = new Set(Object.keys(flags).filter((k) => cmd.getOptionValueSource(k) === "cli"));
    done(await runCheck(paths, flags, given, io));
  });
  void check7;
  program2.command("explain").description("what a code means, its rules, payment and primary list").argument("<code>", "a code 20700-20705").option("-f, --format <format>", "pretty or json", "pretty").option("--color", "force colour").option("--no-color", "no colour (also NO_COLOR=1)").action((code, flags, cmd) => {
    checkInfoFormat(flags.format);
    const color = colorWanted2(cmd.getOptionValueSource("color") === "cli" ? flags.color : void 0, io, false);
    io.stdout.write(flags.format === "json" ? `${JSON.stringify(explainJson(code), null, 2)}
` : renderExplain(code, { color }));
    done(0);
  });
  program2.command("codes").description("the 20700-20705 family at a glance").option("-f, --format <format>", "pretty or json", "pretty").option("--color", "force colour").option("--no-color", "no colour (also NO_COLOR=1)").action((flags, cmd) => {
    checkInfoFormat(flags.format);
    const color = colorWanted2(cmd.getOptionValueSource("color") === "cli" ? flags.color : void 0, io, false);
    io.stdout.write(flags.format === "json" ? `${JSON.stringify(codesJson(), null, 2)}
` : renderCodes({ color }));
    done(0);
  });
  program2.command("completion").description("print a shell completion script (bash, zsh or fish)").argument("<shell>", SHELLS.join(", ")).option("--color", "accepted for symmetry; the script has no colour").option("--no-color", "accepted for symmetry; the script has no colour").addHelpText("after", `
Install:
  bash  oplint completion bash > ~/.local/share/bash-completion/completions/oplint
  zsh   oplint completion zsh > "\${fpath[1]}/_oplint"
  fish  oplint completion fish > ~/.config/fish/completions/oplint.fish`).action((shell) => {
    if (!SHELLS.includes(shell)) throw new UsageError(`completion: "${shell}" must be one of ${SHELLS.join(", ")}`);
    io.stdout.write(completionScript(shell, program2));
    done(0);
  });
  registerServe(program2, io, done);
  return program2;
}
async function main(argv, io = {}) {
  const full = {
    stdin: io.stdin ?? process.stdin,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd()
  };
  const debug = argv.includes("--debug");
  let code = 0;
  const program2 = buildProgram(full, (c) => code = c);
  try {
    await program2.parseAsync(argv, { from: "user" });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    const e = err;
    if (USER_ERRORS.has(e.name)) {
      full.stderr.write(`oplint: ${e.message}
`);
      if (debug) full.stderr.write(`${e.stack}
`);
      return 2;
    }
    full.stderr.write(`oplint: internal error: ${e?.message ?? String(err)}${debug ? `
${e?.stack}` : " (run with --debug for details)"}
`);
    return 2;
  }
}
export {
  main,
  removePendingOutputs2 as removePendingOutputs
};
