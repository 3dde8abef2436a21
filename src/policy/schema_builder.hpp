// Builds KeySpec rows from member pointers, so each schema row in schema.cpp is one line:
// `keys.Key("approver_roles", &Fields::approver_roles, {Role::kHeadteacher});`. The value kind,
// allowed names, default text, reader and role extraction all follow from the field's C++ type.
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "policy/key_readers.hpp"
#include "policy/schema.hpp"

namespace steward::policy {

inline constexpr std::int64_t kNoMax = std::numeric_limits<int>::max();

template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {
    using Item = T;
};

template <class T>
constexpr ValueKind KindOf() {
    if constexpr (IsVector<T>::value) {
        using Item = typename IsVector<T>::Item;
        if constexpr (std::is_same_v<Item, Role>) return ValueKind::kRoleList;
        if constexpr (std::is_enum_v<Item>) return ValueKind::kEnumList;
        return ValueKind::kStringList;
    } else if constexpr (std::is_same_v<T, bool>) {
        return ValueKind::kBool;
    } else if constexpr (std::is_same_v<T, int>) {
        return ValueKind::kInt;
    } else if constexpr (std::is_same_v<T, Role>) {
        return ValueKind::kRole;
    } else if constexpr (std::is_enum_v<T>) {
        return ValueKind::kEnum;
    } else {
        return ValueKind::kString;
    }
}

// Writes one value as it would appear in TOML: true, 12, "text", "headteacher".
template <class T>
std::string FormatScalar(const T& value) {
    if constexpr (std::is_same_v<T, bool>) {
        return value ? "true" : "false";
    } else if constexpr (std::is_same_v<T, int>) {
        return std::to_string(value);
    } else if constexpr (std::is_enum_v<T>) {
        return "\"" + std::string(EnumName(value)) + "\"";
    } else {
        return "\"" + value + "\"";
    }
}

template <class T>
std::string FormatValue(const T& value) {
    if constexpr (IsVector<T>::value) {
        std::string text = "[";
        for (const auto& item : value) {
            text += (text.size() > 1 ? ", " : "") + FormatScalar(item);
        }
        return text + "]";
    } else {
        return FormatScalar(value);
    }
}

template <class T>
std::vector<Role> RolesIn(const T& value) {
    if constexpr (std::is_same_v<T, Role>) {
        return IsCanonical(value) ? std::vector<Role>{value} : std::vector<Role>{};
    } else if constexpr (std::is_same_v<T, std::vector<Role>>) {
        std::vector<Role> roles;
        for (Role role : value) {
            if (IsCanonical(role)) roles.push_back(role);
        }
        return roles;
    } else {
        return {};
    }
}

// Returns a KeySpec for the field reached by `field`; without `default_value` the key is required.
template <class T>
KeySpec MakeKeySpec(std::string path, std::function<T&(PolicyPack&)> field,
                    std::optional<T> default_value) {
    KeySpec spec;
    spec.path = std::move(path);
    spec.kind = KindOf<T>();
    if constexpr (std::is_enum_v<T> && !std::is_same_v<T, Role>) {
        spec.allowed.assign(EnumTraits<T>::kNames.begin(), EnumTraits<T>::kNames.end());
    } else if constexpr (IsVector<T>::value) {
        using Item = typename IsVector<T>::Item;
        if constexpr (std::is_enum_v<Item> && !std::is_same_v<Item, Role>) {
            spec.allowed.assign(EnumTraits<Item>::kNames.begin(), EnumTraits<Item>::kNames.end());
        }
    }
    spec.required = !default_value.has_value();
    if (default_value) {
        spec.default_text = FormatValue(*default_value);
        spec.apply_default = [field, value = *default_value](PolicyPack& pack) {
            field(pack) = value;
        };
    } else {
        spec.apply_default = [](PolicyPack&) {};
    }
    spec.read = [field](const toml::node& node, const KeySpec& self, ReadContext& context) {
        T value{};
        if (ReadValue(node, self, context, value)) field(context.pack) = std::move(value);
    };
    // The accessor is shared with the writers, so it takes a mutable pack; this reader only reads.
    spec.referenced_roles = [field](const PolicyPack& pack) {
        return RolesIn(field(const_cast<PolicyPack&>(pack)));
    };
    return spec;
}

// Collects the rows of the schema and the table paths they live in.
class SchemaBuilder {
  public:
    template <class S>
    class Section;

    template <class S>
    Section<S> Table(std::string path, S PolicyPack::*member) {
        tables_.push_back(path);
        return Section<S>(*this, std::move(path),
                          [member](PolicyPack& pack) -> S& { return pack.*member; });
    }

    void AddTable(std::string path) { tables_.push_back(std::move(path)); }
    void Add(KeySpec spec) { specs_.push_back(std::move(spec)); }

    // Applies `change` to the row with this path (which must exist).
    template <class Change>
    void Tune(std::string_view path, Change change) {
        for (KeySpec& spec : specs_) {
            if (spec.path == path) change(spec);
        }
    }

    std::vector<KeySpec>& specs() { return specs_; }
    std::vector<std::string>& tables() { return tables_; }

  private:
    std::vector<KeySpec> specs_;
    std::vector<std::string> tables_;
};

// Adds the keys of one [table] whose fields are members of S.
template <class S>
class SchemaBuilder::Section {
  public:
    Section(SchemaBuilder& schema, std::string prefix, std::function<S&(PolicyPack&)> access)
        : schema_(schema), prefix_(std::move(prefix)), access_(std::move(access)) {}

    template <class T>
    void Key(std::string_view name, T S::*member, std::type_identity_t<T> value,
             std::vector<std::string_view> role_specials = {}) {
        KeySpec spec = MakeKeySpec<T>(Path(name), Field(member), std::move(value));
        if (!role_specials.empty()) spec.allowed = std::move(role_specials);
        schema_.Add(std::move(spec));
    }

    template <class T>
    void Required(std::string_view name, T S::*member) {
        schema_.Add(MakeKeySpec<T>(Path(name), Field(member), std::nullopt));
    }

    void Int(std::string_view name, int S::*member, int value, std::int64_t min_value,
             std::int64_t max_value) {
        KeySpec spec = MakeKeySpec<int>(Path(name), Field(member), value);
        spec.min_value = min_value;
        spec.max_value = max_value;
        schema_.Add(std::move(spec));
    }

    void Date(std::string_view name, std::string S::*member) {
        KeySpec spec = MakeKeySpec<std::string>(Path(name), Field(member), std::string());
        spec.kind = ValueKind::kDate;
        schema_.Add(std::move(spec));
    }

    void Time(std::string_view name, std::string S::*member, std::string value) {
        KeySpec spec = MakeKeySpec<std::string>(Path(name), Field(member), std::move(value));
        spec.kind = ValueKind::kTime;
        schema_.Add(std::move(spec));
    }

    template <class Sub>
    Section<Sub> Nested(std::string_view name, Sub S::*member) {
        schema_.AddTable(Path(name));
        auto access = access_;
        return Section<Sub>(schema_, Path(name), [access, member](PolicyPack& pack) -> Sub& {
            return access(pack).*member;
        });
    }

  private:
    std::string Path(std::string_view name) const { return prefix_ + "." + std::string(name); }

    template <class T>
    std::function<T&(PolicyPack&)> Field(T S::*member) const {
        auto access = access_;
        return [access, member](PolicyPack& pack) -> T& { return access(pack).*member; };
    }

    SchemaBuilder& schema_;
    std::string prefix_;
    std::function<S&(PolicyPack&)> access_;
};

}  // namespace steward::policy
