package org.takahe.dhcp.classify;

import java.util.Set;

/** Walks a tree for the classes it names; the switch is exhaustive, so a new node kind must say what it names. */
final class MemberReferences {
    private MemberReferences() {
    }

    static void collect(Expression expression, Set<String> into) {
        switch (expression) {
            case Condition.Member member -> into.add(member.className());
            case Condition.Equal equal -> {
                collect(equal.left(), into);
                collect(equal.right(), into);
            }
            case Condition.And and -> {
                collect(and.left(), into);
                collect(and.right(), into);
            }
            case Condition.Or or -> {
                collect(or.left(), into);
                collect(or.right(), into);
            }
            case Condition.Not not -> collect(not.operand(), into);
            case Condition.OptionExists ignored -> {
            }
            case Condition.RelaySubOptionExists ignored -> {
            }
            case Value.Substring substring -> collect(substring.source(), into);
            case Value.Concat concat -> {
                collect(concat.first(), into);
                collect(concat.second(), into);
            }
            case Value.HexString hex -> {
                collect(hex.source(), into);
                collect(hex.separator(), into);
            }
            case Value.IfElse choice -> {
                collect(choice.condition(), into);
                collect(choice.whenTrue(), into);
                collect(choice.whenFalse(), into);
            }
            case Value.Literal ignored -> {
            }
            case Value.OptionData ignored -> {
            }
            case Value.RelaySubOption ignored -> {
            }
            case Value.Field ignored -> {
            }
        }
    }
}
