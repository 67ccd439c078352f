#pragma once

// Whether the amounts of a mutation or invoice include VAT (e-Boekhouden's inExVat). e-Boekhouden
// computes the VAT from them, so the choice decides which VAT it computes.
enum class InExVat
{
    Ex,
    In,
};
