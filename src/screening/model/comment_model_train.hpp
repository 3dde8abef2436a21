// Trains the comment model (comment_model.hpp) deterministically: logistic regression per category
// by stochastic gradient descent (fixed shuffle seed), thresholds chosen by k-fold cross-validation
// on the probe tune halves, the result written as a model file. Same input -> same bytes, so the
// committed data/models/comments.tsv is provably the output of bench/train_comment_model.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "screening/findings.hpp"
#include "screening/model/comment_model.hpp"

namespace steward::screening::model {

enum class ExampleRole {
    kTrain,     // always trained on (testdata/dev: the rules' own set)
    kTune,      // trained on, and cross-validated to choose the thresholds (probe tune halves)
    kInnocent,  // never trained on: a threshold may not add a category to any of these lines
};

struct TrainingExample {
    std::string text;         // the comment as written
    std::uint32_t labels = 0;  // expected categories, bit (1u << Category)
    std::uint32_t rules = 0;   // the rules' categories (model switched off), same bits
    ExampleRole role = ExampleRole::kTrain;
    RuleFeatures rule_features;  // what the rules found (LastRuleFeatures after screening the line)
};

struct TrainOptions {
    int epochs = 15;
    double rate = 0.2;         // step size, divided by (1 + epoch / 2)
    double l2 = 1e-4;
    double tune_weight = 2.0;  // a probe line counts this many dev lines
    int folds = 5;
    int min_count = 2;         // features seen in fewer training lines are dropped
    bool binary = true;        // a feature counts once per line however often it occurs
    double prune = 0.1;        // weights below this (absolute) are not written (keeps the file small)
    // Lowest threshold for the severe categories in severe_allowed (an escalation: remove_and_escalate
    // or DSL), whose out-of-fold calls must also be precision_severe precise, changes included.
    double floor_severe = 0.9;
    double floor_other = 0.5;  // lowest threshold for insult, spam, complaint
    // Lowest threshold for insult; 1 (the default) = never: trained on dev's templated insults the
    // model reads "Mr X is ..." as an insult ("Mr King is new", "Ms Green is the new head of year 9").
    double floor_insult = 1.0;
    double precision = 0.9;    // out-of-fold precision a threshold must reach on the tune lines
    // The categories (bits (1u << Category)) whose weights may use rule features ("r:", what the
    // rules found short of a decision); the others weigh words only. 0 (the default) = none.
    // Tried (session 7): hate with rule features (--rule-categories hate --severe hate) adds, out of
    // fold on the tune lines, hate to 2 lines the rules missed and to none wrongly (words alone: none
    // at 0.9); but it escalated a fresh innocent line ("People like that shouldn't be allowed to park
    // on the zigzags": two hate_cue phrases, no group) and one insult on the round-5 holdout, so the
    // committed model leaves it out. Spam and complaint do worse with them (a public body's link).
    std::uint32_t rule_categories = 0;
    // The severe categories (bits (1u << Category)) the model may add at floor_severe; the others of
    // hate, sexual, threat and safeguarding never (default: none; an escalation needs a rule that
    // says why). Threat and safeguarding: at every threshold >= 0.8 some fold model changes an
    // innocent.txt line ("We'll be bringing the gazebo to the school fair", "The coach forced me to
    // take a rest day"), with or without rule features.
    std::uint32_t severe_allowed = 0;
    double precision_severe = 1.0;  // out-of-fold precision for a severe category
    bool list_misses = false;  // the report lists the tune lines the rules get wrong, the innocent
                               // lines near a veto, and what each threshold would change
};

// The categories the trainer fits and may give a threshold (question is left to the rules).
std::vector<Category> TrainedCategories();

// Normalises as the screener does before scanning (Screener::Impl::Run's view).
std::string ScreeningNormalized(std::string_view text);

// What the classifier makes of the rules' categories plus the model's: severe categories drop
// insult and complaint, spam drops complaint, a hostile category drops question, none is ok.
std::uint32_t CombineWithRules(std::uint32_t rules, std::uint32_t added);

struct TrainedModel {
    std::string file;    // the model file (deterministic; "\n" line ends)
    std::string report;  // out-of-fold figures on the tune lines, for the trainer's output
};
TrainedModel TrainCommentModel(const std::vector<TrainingExample>& examples, const TrainOptions& options = {});

}  // namespace steward::screening::model
