// Trains the comment model (comment_model.hpp) deterministically: logistic regression per category
// by stochastic gradient descent (fixed shuffle seed), thresholds chosen by k-fold cross-validation
// on the probe tune halves, the result written as a model file. Same input -> same bytes, so the
// committed data/models/comments.tsv is provably the output of bench/train_comment_model.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "screening/findings.hpp"

namespace steward::screening::model {

enum class ExampleRole {
    kTrain,     // always trained on (testdata/dev: the rules' own set)
    kTune,      // trained on, and cross-validated to choose the thresholds (probe tune halves)
    kInnocent,  // innocent.txt: trained on as "no category" and cross-validated; a threshold may change
                //   only TrainOptions::innocent_slack of them out of fold
};

struct TrainingExample {
    std::string text;         // the comment as written
    std::uint32_t labels = 0;  // expected categories, bit (1u << Category)
    std::uint32_t rules = 0;   // the rules' categories (model switched off), same bits
    ExampleRole role = ExampleRole::kTrain;
};

struct TrainOptions {
    int epochs = 15;
    double rate = 0.2;         // step size, divided by (1 + epoch / 2)
    double l2 = 1e-4;
    double tune_weight = 2.0;  // a probe line counts this many dev lines
    // An innocent.txt line counts this many dev lines: 10 since session 13 (5 in session 12; it
    // was tune_weight, 2). As rounds joined the training the model read "We'll be waiting at the
    // gates for the coach at 3" as a threat (at 2 with rounds 18 and 19, at 3 and 4 with 20 and
    // 21, at 5 to 8 with 17 and 22 to 24), "When we got there the gates were already shut" as a
    // question and "Teaching our kids about other faiths ..." as hate (rounds 22 to 24, at every
    // weight). Session 13 added 90 innocent lines, written blind by a helper in those three
    // families (faith and culture; parents waiting and collecting; statements led by question
    // words); with them only 10 (of 5, 7, 8, 10) holds all three. With each of rounds 10-24 left
    // out, mean macro F1 is 0.896 at 10 (7: 0.897; without the new lines, at 5: 0.900), action
    // accuracy 0.873 (0.874; 0.878): holding those lines costs about 0.004 on the grid.
    double innocent_weight = 10.0;
    int folds = 5;
    int min_count = 2;         // features seen in fewer training lines are dropped
    bool binary = true;        // a feature counts once per line however often it occurs
    double prune = 0.1;        // weights below this (absolute) are not written (keeps the file small)
    // Lowest threshold for hate, sexual, threat and safeguarding. Until session 9 it was 1 (never:
    // with 0.9, trained on dev and the tune halves alone, one insult became hate on the round-5
    // holdout). Trained also on the reported holdouts, hate passes the same tests as the others
    // (out-of-fold precision, no innocent line changed) at 0.97 and lifted round 9's unread hate
    // lines; the finding says model/hate, so a moderator sees it was the model's call.
    // 0.65 since session 13: with rounds 25 and 28 in the training the model read "Teaching our
    // kids about other faiths is the best thing this school does" as hate at 0.50 (innocent
    // weights 10 to 15) and, at 0.55 and 0.60, "waiting at the gates for the coach" as a threat;
    // at 0.65 every hand-written line reads right. With each of rounds 10-24, 26 and 27 left out:
    // mean macro F1 0.902 / action 0.882 (0.902 / 0.883 at 0.50 without rounds 25 and 28).
    double floor_severe = 0.65;
    double floor_other = 0.5;  // lowest threshold for insult, spam, complaint
    // Lowest threshold for insult (1 = never). Until session 11 it was 1: trained on dev's
    // templated insults the model read "Mr X is ..." as an insult ("Mr King is new"). With the
    // training schools' names out of every feature (excluded_tokens) it no longer does, and 0.8
    // lifted macro F1 with each of rounds 10 to 13 left out of training (0.900 / 0.846 / 0.858 /
    // 0.843 -> 0.908 / 0.851 / 0.866 / 0.853; 0.9 the same but round 12 0.862, 0.7 no better).
    double floor_insult = 0.8;
    double precision = 0.9;    // out-of-fold precision a threshold must reach on the tune lines
    // innocent.txt lines as negatives: trained on (all categories 0) and cross-validated in folds
    // like the tune lines, so a threshold is judged on each innocent line by a fold model that did
    // not see it. Until session 10 they were never trained on and no fold model could change any of
    // them: then one innocent line near a threat or safeguarding rule kept the model from ever
    // voting threat, safeguarding or sexual. Chosen by leaving a reported round out of training
    // (`--leave-out`): round 10 0.805 -> 0.881 macro F1, round 9's holdout 0.715 -> 0.811
    // (testdata/probe/RESULTS.md, session 10).
    bool innocent_train = true;
    // Innocent lines a threshold may change out of fold and still pass: under 2% of innocent.txt's
    // 390, lines written to sit as close to a rule as an innocent line can. 7 rather than 5 (the
    // first choice): each of rounds 9, 10 and 11 left out of training, macro F1 0.830 / 0.891 /
    // 0.834 -> 0.836 / 0.898 / 0.842, safeguarding recall up, precision unchanged; 3 was lower on
    // all three. 13 since session 12 (about 3% of the 409 lines): with each of rounds 10 to 16 left
    // out, mean macro F1 0.881 (7) -> 0.885 (10) -> 0.886 (13) -> 0.887 (16, 20); 4 gave 0.870. It
    // decides the thresholds (out-of-fold precision 0.85 or 0.93 chose the same): safeguarding
    // 0.80 -> 0.50, threat 0.86 -> 0.73. The lines the committed model flags are still 29, all
    // the rules' own.
    int innocent_slack = 13;
    // Tokens no feature may hold: the names of the training schools' pupils and staff (filled into
    // the probe lines at random) that are not also everyday words. Learnt, they were who a
    // comment is about, not what it says ("mrs nowak" weighed 1.2 for threat, "o hare" 0.8 for
    // sexual), and a pupil's name has no place in a model file.
    std::vector<std::string> excluded_tokens;
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
