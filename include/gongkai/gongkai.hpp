// gongkai: read, check and serialize China's government information
// disclosure annual reports (政府信息公开工作年度报告). The C++ API.
#pragma once

#include "gongkai/csv.hpp"
#include "gongkai/decimal.hpp"
#include "gongkai/error.hpp"
#include "gongkai/fields.hpp"
#include "gongkai/inputs.hpp"
#include "gongkai/json.hpp"
#include "gongkai/model.hpp"
#include "gongkai/parse.hpp"
#include "gongkai/render.hpp"
#include "gongkai/validate.hpp"
#include "gongkai/version.hpp"
